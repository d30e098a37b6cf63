namespace ReformBot.Inbox;

/// <summary>What a channel stores for one inbound event.</summary>
public sealed record InboxEntry(string Channel, string Key, string ConversationKey, string Payload, DateTimeOffset ReceivedAt);

/// <summary>What a handler is given: the stored event.</summary>
public sealed record InboxWork(long Id, string Channel, string Payload, DateTimeOffset ReceivedAt);

/// <summary>The answer to storing an entry: its row, whether this request stored it, and the lease it holds on it.</summary>
public sealed record InboxAdded(long Id, bool IsNew, DateTimeOffset? LeaseUntil);

/// <summary>An item a worker holds: its id, what it still needs, and the lease that proves the hold.</summary>
public sealed record InboxClaim(long Id, InboxState State, DateTimeOffset LeaseUntil);

/// <summary>The outcome of handling one item now: handled (with the reply to send, if any) or not.</summary>
public sealed record InboxHandled(bool IsHandled, string? Reply)
{
    public static InboxHandled NotHandled { get; } = new(false, null);
}
