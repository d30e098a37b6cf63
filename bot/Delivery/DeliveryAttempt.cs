namespace ReformBot.Delivery;

/// <summary>
/// One try at sending an outbox message: recorded as <see cref="AttemptStatus.Sending"/> before the channel is called
/// and reconciled with what the channels said after, so a crash in between leaves a visible trace.
/// </summary>
public sealed class DeliveryAttempt
{
    private DeliveryAttempt()
    {
    }

    public DeliveryAttempt(long outboxMessageId, DateTimeOffset at)
    {
        OutboxMessageId = outboxMessageId;
        At = at.ToUniversalTime();
        Status = AttemptStatus.Sending;
    }

    public long Id { get; private set; }
    public long OutboxMessageId { get; private set; }

    /// <summary>When the attempt started.</summary>
    public DateTimeOffset At { get; private set; }

    public AttemptStatus Status { get; private set; }
    public string? Channel { get; private set; }
    public string? Detail { get; private set; }
    public TimeSpan? RetryAfter { get; private set; }

    /// <summary>The channel id of the conversation a sent message went to ("webchat" when sent by the "msteams" channel to Web Chat).</summary>
    public string? ConversationChannel { get; private set; }

    /// <summary>The conversation a sent message went to, so a reply from there is known to answer it.</summary>
    public string? ConversationId { get; private set; }

    /// <summary>When the outcome was written; null while <see cref="AttemptStatus.Sending"/>.</summary>
    public DateTimeOffset? ReconciledAt { get; private set; }

    public void Reconcile(DeliveryResult result, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        Status = result.Status switch
        {
            DeliveryStatus.Sent => AttemptStatus.Sent,
            DeliveryStatus.Unreachable => AttemptStatus.Unreachable,
            DeliveryStatus.RetryLater => AttemptStatus.RetryLater,
            _ => AttemptStatus.Failed,
        };
        Channel = result.Channel;
        Detail = Shorten(result.Detail);
        RetryAfter = result.RetryAfter;
        ConversationChannel = result.Conversation?.ChannelId;
        ConversationId = result.Conversation?.ConversationId;
        ReconciledAt = at.ToUniversalTime();
    }

    public void Failed(string detail, DateTimeOffset at)
    {
        Status = AttemptStatus.Failed;
        Detail = Shorten(detail);
        ReconciledAt = at.ToUniversalTime();
    }

    /// <summary>Found still sending after its claim ran out: the sender died mid-send.</summary>
    public void MarkUnknown(DateTimeOffset at)
    {
        Status = AttemptStatus.Unknown;
        Detail = "the sender stopped before it knew the outcome; the message may have been delivered";
        ReconciledAt = at.ToUniversalTime();
    }

    private static string? Shorten(string? text) => text is { Length: > 2000 } ? text[..2000] : text;
}
