namespace ReformBot.Delivery;

public enum DeliveryStatus
{
    /// <summary>The channel accepted the message.</summary>
    Sent,

    /// <summary>The officer cannot be reached this way for this message (no account, conversation gone, outside Zalo's window); try another channel.</summary>
    Unreachable,

    /// <summary>The channel is busy or down; the same message may be tried again later (see <see cref="DeliveryResult.RetryAfter"/>).</summary>
    RetryLater,

    /// <summary>The channel refused the message for good.</summary>
    Failed,
}
