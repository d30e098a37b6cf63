namespace ReformBot.Delivery;

/// <summary>
/// Hears what the sender did: each row it settled (saved already) and the end of each pass over the due rows, so a
/// feature can write follow-up rows (progress and delivery reports, notices to heads) that the same round then sends.
/// Follow-up rows should carry a dedupe key: two instances may hear the same event.
/// </summary>
public interface IOutboxListener
{
    Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken);

    Task PassEndedAsync(CancellationToken cancellationToken);

    /// <summary>An administrator made a dead letter pending again (saved with it): put back what was settled with it.</summary>
    Task RevivedAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
