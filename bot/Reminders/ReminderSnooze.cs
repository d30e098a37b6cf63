namespace ReformBot.Reminders;

/// <summary>
/// An officer asked to be reminded of one item later: reminders of that item to them due after
/// <see cref="CreatedAt"/> and before <see cref="Until"/> are held back, and one <see cref="ReminderStage.Snoozed"/>
/// reminder comes at <see cref="Until"/> (moved into working hours).
/// </summary>
public sealed record ReminderSnooze(
    string OfficerId, string PlanCode, ReminderSubject Subject, string ItemRef, string? UnitCode, DateTimeOffset CreatedAt, DateTimeOffset Until);
