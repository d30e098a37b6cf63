namespace ReformBot.Reminders;

/// <summary>What became of a stored reminder.</summary>
public enum ReminderState
{
    /// <summary>Written with its outbox message, waiting to be delivered.</summary>
    Pending,

    /// <summary>Delivered in its message.</summary>
    Sent,

    /// <summary>Left out when its message went: the task was done or cancelled, or the report submitted, meanwhile.</summary>
    Skipped,

    /// <summary>No channel reaches the officer; their unit head and the coordinators were told.</summary>
    Unreachable,

    /// <summary>The channels kept failing; given up after the configured attempts.</summary>
    Dead,
}
