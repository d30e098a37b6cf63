namespace ReformBot.Reminders;

/// <summary>A reminder as the admin API lists it. <see cref="State"/> is a <see cref="ReminderState"/>, or "Upcoming" for one not yet due.</summary>
public sealed record ReminderView(
    string Key,
    DateTimeOffset DueAt,
    string OfficerId,
    string PlanCode,
    string Subject,
    string Item,
    string? UnitCode,
    DateOnly Occurrence,
    string Stage,
    string State,
    DateTimeOffset? SentAt,
    string? Channel,
    long? OutboxMessageId);
