namespace ReformBot.Reminders;

/// <summary>What an outbox message carries.</summary>
public enum OutboxKind
{
    /// <summary>The reminders that point at it, composed into one message when it is sent.</summary>
    Reminders,

    /// <summary>A fixed text, e.g. telling a unit head that one of their officers cannot be reached.</summary>
    Notice,
}
