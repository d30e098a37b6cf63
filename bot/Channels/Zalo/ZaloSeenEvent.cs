namespace ReformBot.Channels.Zalo;

/// <summary>
/// An inbound message already taken (Zalo retries a webhook it thinks failed): keyed by <c>msg_id</c> for the OA and
/// by <c>bot:&lt;message_id&gt;</c> for the Zalo Bot. Persisted, so a retry after a restart is still recognised; rows
/// older than two days are removed.
/// </summary>
public sealed class ZaloSeenEvent
{
    private ZaloSeenEvent()
    {
        Key = string.Empty;
    }

    public ZaloSeenEvent(string key, DateTimeOffset seenAt)
    {
        Key = key;
        SeenAt = seenAt;
    }

    public string Key { get; private set; }
    public DateTimeOffset SeenAt { get; private set; }
}
