namespace ReformBot.Delivery;

/// <summary>
/// Builds, at sending time, the message of the outbox rows of one <see cref="Kind"/>, and settles what the row stood
/// for once it is settled. Registered by the feature that writes such rows (Reminders composes its digests), so
/// Delivery sends them without knowing what they are.
/// </summary>
public interface IOutboxComposer
{
    string Kind { get; }

    /// <summary>The message to send now, or null when nothing is left to say (the row is then skipped).</summary>
    Task<OutgoingMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken);

    /// <summary>Called when <paramref name="message"/> reached a final state; changes made are saved with the row.</summary>
    Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken);
}
