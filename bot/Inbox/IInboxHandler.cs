namespace ReformBot.Inbox;

/// <summary>
/// How one channel's stored events are handled; each channel registers its own with
/// <see cref="InboxServiceCollectionExtensions.AddInboxHandler{THandler}"/>. Resolved in the item's own DI scope.
/// </summary>
public interface IInboxHandler
{
    /// <summary>The <see cref="InboxEntry.Channel"/> this handler takes.</summary>
    string Channel { get; }

    /// <summary>Work that is safe to repeat (look-ups over the network), done before the transaction opens.</summary>
    Task PrepareAsync(InboxWork work, CancellationToken cancellationToken);

    /// <summary>
    /// Applies the event through the scoped <c>ReformBotDbContext</c> (SaveChanges as usual) inside a transaction the
    /// inbox opened on it; the item is marked handled in the same transaction. Returns the reply to send after the
    /// commit, serialized, or null when there is nothing to send.
    /// </summary>
    Task<string?> HandleAsync(InboxWork work, CancellationToken cancellationToken);

    /// <summary>Sends a reply <see cref="HandleAsync"/> returned; throws when it did not go (it is retried with backoff).</summary>
    Task SendAsync(InboxWork work, string reply, CancellationToken cancellationToken);

    /// <summary>What to tell the person when handling failed for good (sent once, best effort), or null.</summary>
    string? FailureReply(InboxWork work);
}
