using ReformBot.Delivery;

namespace ReformBot.Reminders;

/// <summary>One try at sending an outbox message and what the channels said: the record of every outcome.</summary>
public sealed class DeliveryAttempt
{
    private DeliveryAttempt()
    {
    }

    public DeliveryAttempt(long outboxMessageId, DateTimeOffset at, DeliveryResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        OutboxMessageId = outboxMessageId;
        At = at.ToUniversalTime();
        Status = result.Status;
        Channel = result.Channel;
        Detail = result.Detail is { Length: > 2000 } text ? text[..2000] : result.Detail;
        RetryAfter = result.RetryAfter;
    }

    public long Id { get; private set; }
    public long OutboxMessageId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public DeliveryStatus Status { get; private set; }
    public string? Channel { get; private set; }
    public string? Detail { get; private set; }
    public TimeSpan? RetryAfter { get; private set; }
}
