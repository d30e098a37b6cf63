namespace ReformBot.Delivery;

/// <summary>
/// Holds a due outbox row back (an officer away, say): when one returns a later instant, the row is not sent now but
/// waits until then, whole, and is sent as usual after. Features add theirs as a service; Delivery only asks.
/// </summary>
public interface IOutboxHold
{
    /// <returns>The instant to send the row at instead, or null to send it now.</returns>
    Task<DateTimeOffset?> HoldUntilAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken);
}
