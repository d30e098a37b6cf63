namespace ReformBot.Delivery;

/// <summary>What one attempt to deliver one message to one officer did, and through which channel.</summary>
public sealed record DeliveryResult(DeliveryStatus Status, string? Channel = null, string? Detail = null, TimeSpan? RetryAfter = null)
{
    public bool IsSent => Status == DeliveryStatus.Sent;

    public static DeliveryResult Sent(string channel, string? detail = null) => new(DeliveryStatus.Sent, channel, detail);

    public static DeliveryResult Unreachable(string channel, string? detail = null) => new(DeliveryStatus.Unreachable, channel, detail);
}
