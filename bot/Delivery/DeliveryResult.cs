namespace ReformBot.Delivery;

/// <summary>What one attempt to deliver one message to one officer did, and through which channel.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Channel = null, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public bool IsSent => Status == DeliveryStatus.Sent;

    /// <summary>
    /// Where a sent message really went, when the channel can say: the conversation's own channel id ("msteams",
    /// "webchat", "emulator"; <see cref="Channel"/> names the officer channel that sent it) and conversation id. A reply
    /// from that conversation is taken to answer it.
    /// </summary>
    public SentConversation? Conversation { get; init; }

    /// <summary>The wait before the next try after <paramref name="attempts"/> failed ones: <paramref name="firstWait"/> doubled each time, or the channel's Retry-After when that is longer.</summary>
    public TimeSpan WaitBeforeRetry(int attempts, TimeSpan firstWait)
    {
        var backoff = firstWait * Math.Pow(2, attempts);
        return RetryAfter is { } after && after > backoff ? after : backoff;
    }

    public static DeliveryResult Sent(string channel, string? detail = null) => new(DeliveryStatus.Sent, channel, detail);

    public static DeliveryResult Unreachable(string channel, string? detail = null) => new(DeliveryStatus.Unreachable, channel, detail);
}
