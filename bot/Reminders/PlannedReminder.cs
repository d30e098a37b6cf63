namespace ReformBot.Reminders;

/// <summary>
/// One reminder the policy asks for: who is reminded of what, when, and at which stage. <see cref="DedupeKey"/> names
/// it for good (item, occurrence, recipient, stage), so it is stored and sent at most once.
/// </summary>
/// <param name="DueAt">The instant it should go out (UTC), already inside working hours of a working day.</param>
/// <param name="ItemRef">The task's ref, or the report schedule's code.</param>
/// <param name="UnitCode">For a report: the submitting unit whose submission is owed.</param>
/// <param name="Occurrence">For a task: the due date the reminder is about (or the check-in's date); for a report: the period's due date.</param>
/// <param name="Repeat">The week number of an <see cref="ReminderStage.OverdueWeekly"/> reminder, else 0.</param>
public sealed record PlannedReminder(
    string DedupeKey,
    DateTimeOffset DueAt,
    string OfficerId,
    int PlanId,
    string PlanCode,
    ReminderSubject Subject,
    string ItemRef,
    string? UnitCode,
    DateOnly Occurrence,
    ReminderStage Stage,
    int Repeat);
