namespace ReformBot.Delivery;

public enum OutboxState
{
    Pending,
    Sent,

    /// <summary>Nothing left to say when its turn came (e.g. every reminder in it was resolved meanwhile).</summary>
    Skipped,

    /// <summary>No channel reaches the officer.</summary>
    Unreachable,

    /// <summary>Dead letter: the configured number of attempts failed. Listed by <c>GET /api/admin/outbox?state=dead</c>.</summary>
    Dead,

    /// <summary>The person has never linked a chat account: nothing was tried.</summary>
    NeverLinked,

    /// <summary>An administrator called it off before it went (a queued announcement cancelled).</summary>
    Cancelled,
}
