namespace ReformBot.Inbox;

public enum InboxState
{
    /// <summary>Stored, not handled yet (or handling failed and waits for its next attempt).</summary>
    Pending,

    /// <summary>Handled and committed; the stored reply still has to be sent.</summary>
    Replying,

    /// <summary>Handled and answered (or nothing to answer).</summary>
    Done,

    /// <summary>Given up after the configured attempts; kept for the operator.</summary>
    Dead,
}
