namespace ReformBot.Inbox;

/// <summary>
/// One inbound event a channel acknowledged: written in the request, before the 200, and handled afterwards by
/// <see cref="InboxWorker"/> on any instance. <see cref="Channel"/> plus <see cref="Key"/> (the channel's own activity
/// or message id) is unique, so a retried event is stored once and handled once. Changed only by conditional updates
/// (<see cref="InboxStore"/>), never tracked.
/// </summary>
public sealed class InboxItem
{
    private InboxItem()
    {
        Channel = Key = ConversationKey = Payload = string.Empty;
    }

    public InboxItem(InboxEntry entry, DateTimeOffset? leaseUntil)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Channel = entry.Channel;
        Key = entry.Key;
        ConversationKey = entry.ConversationKey;
        Payload = entry.Payload;
        ReceivedAt = entry.ReceivedAt.ToUniversalTime();
        NextAttemptAt = ReceivedAt;
        LeaseUntil = leaseUntil?.ToUniversalTime();
        State = InboxState.Pending;
    }

    public long Id { get; private set; }

    /// <summary>Which <see cref="IInboxHandler"/> handles the item.</summary>
    public string Channel { get; private set; }

    public string Key { get; private set; }

    /// <summary>Items of one conversation are handled one at a time, in arrival (<see cref="Id"/>) order.</summary>
    public string ConversationKey { get; private set; }

    /// <summary>What the handler needs, as the channel serialized it (JSON).</summary>
    public string Payload { get; private set; }

    public DateTimeOffset ReceivedAt { get; private set; }
    public InboxState State { get; private set; }

    /// <summary>Failed attempts of the current step (handling, then sending).</summary>
    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>A worker (or the request of a card action) holds the item until then.</summary>
    public DateTimeOffset? LeaseUntil { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The handler's answer, stored in the same transaction as its change so a failed send is retried alone.</summary>
    public string? Reply { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
}
