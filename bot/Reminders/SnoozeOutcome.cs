namespace ReformBot.Reminders;

public enum SnoozeOutcome
{
    Snoozed,

    /// <summary>The asked time is not in the future.</summary>
    NotInFuture,

    /// <summary>The asked time is after the item's deadline: reminders cannot be pushed past it.</summary>
    PastDeadline,
}
