namespace ReformBot.Reminders;

/// <summary>What one or more reminder cycles did up to <see cref="Now"/>.</summary>
public sealed record ReminderCycleResult(DateTimeOffset Now, int Planned, int Delivered, int Failed);
