namespace ReformBot.Delivery;

/// <summary>Composes the rows stored whole: their message is read back as it was written.</summary>
internal sealed class StoredMessageComposer : IOutboxComposer
{
    public string Kind => OutboxKinds.Message;

    public Task<OutgoingMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Task.FromResult(message.StoredMessage());
    }

    public Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
}
