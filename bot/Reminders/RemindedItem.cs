namespace ReformBot.Reminders;

/// <summary>The one task or report a reminder message was about.</summary>
public sealed record RemindedItem(ReminderSubject Subject, int PlanId, string PlanCode, string ItemRef, string? UnitCode, DateOnly Occurrence);
