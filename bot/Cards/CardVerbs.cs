namespace ReformBot.Cards;

/// <summary>The <c>verb</c> of every <c>Action.Execute</c> on our cards; a card action arrives with one of these.</summary>
public static class CardVerbs
{
    /// <summary>Task finished. Data: planCode, taskRef.</summary>
    public const string TaskDone = "task.done";

    /// <summary>Status and progress from the card's inputs. Data: planCode, taskRef; inputs: status, progress.</summary>
    public const string TaskUpdate = "task.update";

    /// <summary>Remind again later. Data: planCode, taskRef; input: snoozeDays.</summary>
    public const string TaskSnooze = "task.snooze";

    /// <summary>Ask for an extension. Data: planCode, taskRef; inputs: extendTo (yyyy-MM-dd), extendReason.</summary>
    public const string TaskExtend = "task.extend";

    /// <summary>Report sent. Data: planCode, reportCode, dueDate (yyyy-MM-dd), unitCode.</summary>
    public const string ReportSubmitted = "report.submitted";

    /// <summary>Remind about the report later. Data as <see cref="ReportSubmitted"/>; input: snoozeDays.</summary>
    public const string ReportSnooze = "report.snooze";

    /// <summary>Remind one officer of their overdue tasks. Data: officerId, tasks [{planCode, taskRef}].</summary>
    public const string OverdueNudge = "overdue.nudge";

    /// <summary>Show another page of the overdue list. Data: page, unitCode, planCode.</summary>
    public const string OverduePage = "overdue.page";

    /// <summary>Announcement read. Data: announcementId.</summary>
    public const string AnnouncementAck = "announcement.ack";

    /// <summary>Plan change seen. Data: planCode, revision.</summary>
    public const string PlanAck = "plan.ack";

    /// <summary>The task a pending update was about. Data: planCode, taskRef, pending (the update the bot could not place).</summary>
    public const string TaskChoose = "task.choose";

    /// <summary>"Đúng": apply the change the bot asked about. Data: token.</summary>
    public const string IntentConfirm = "intent.confirm";

    /// <summary>"Không phải": forget the change the bot asked about. Data: token.</summary>
    public const string IntentCancel = "intent.cancel";

    /// <summary>"Hoàn tác": put back what a change just replaced. Data: token.</summary>
    public const string ChangeUndo = "change.undo";

    /// <summary>A coordinator records that a unit sent a report that was overdue before the plan was loaded. Data: planCode, subject, itemRef, unitCode, dueDate (yyyy-MM-dd).</summary>
    public const string PastDueSubmitted = "pastdue.submitted";

    /// <summary>A coordinator asks for an item overdue before the plan was loaded to be chased again. Data as <see cref="PastDueSubmitted"/>.</summary>
    public const string PastDueChase = "pastdue.chase";

    /// <summary>"Nạp kế hoạch": load the plan previewed from a file sent in chat. Data: draftId.</summary>
    public const string PlanDraftLoad = "plan.draft.load";

    /// <summary>"Huỷ": forget the previewed plan. Data: draftId.</summary>
    public const string PlanDraftCancel = "plan.draft.cancel";

    /// <summary>"Xem tất cả cảnh báo": every warning of the previewed plan, as a message. Data: draftId.</summary>
    public const string PlanDraftWarnings = "plan.draft.warnings";

    public static IReadOnlyList<string> All { get; } =
        [TaskDone, TaskUpdate, TaskSnooze, TaskExtend, ReportSubmitted, ReportSnooze, OverdueNudge, OverduePage, AnnouncementAck, PlanAck, TaskChoose, IntentConfirm, IntentCancel, ChangeUndo,
            PastDueSubmitted, PastDueChase, PlanDraftLoad, PlanDraftCancel, PlanDraftWarnings];

    public static bool IsKnown(string? verb) => verb is not null && All.Contains(verb, StringComparer.Ordinal);
}
