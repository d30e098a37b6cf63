namespace ReformBot.Cards;

/// <summary>The templates in <c>cards/</c> (file names without <c>.json</c>).</summary>
public static class CardNames
{
    public const string Welcome = "welcome";
    public const string TaskReminder = "task-reminder";
    public const string ReportReminder = "report-reminder";
    public const string ReminderDigest = "reminder-digest";
    public const string OverdueList = "overdue-list";
    public const string StatusUpdated = "status-updated";
    public const string Announcement = "announcement";
    public const string PlanChange = "plan-change";
    public const string TaskChoice = "task-choice";
    public const string IntentConfirm = "intent-confirm";
    public const string PastDue = "past-due";
    public const string PlanDraft = "plan-draft";

    public static IReadOnlyList<string> All { get; } =
        [Welcome, TaskReminder, ReportReminder, ReminderDigest, OverdueList, StatusUpdated, Announcement, PlanChange, TaskChoice, IntentConfirm, PastDue, PlanDraft];
}
