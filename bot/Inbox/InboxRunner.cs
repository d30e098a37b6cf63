using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Inbox;

/// <summary>
/// Handles one held item in its own DI scope: the channel's handler runs inside a transaction on the scoped context
/// and the item is marked handled in that same transaction; the reply is sent after the commit. Every failure is
/// logged with the item's id and recorded for a later attempt; nothing escapes.
/// </summary>
internal sealed partial class InboxRunner(
    IServiceScopeFactory scopes, InboxAdmission admission, IOptions<InboxOptions> options, TimeProvider time, ILogger<InboxRunner> logger)
{
    /// <summary>
    /// Does what a claimed item still needs: handling and then its reply, or only the reply. <paramref name="held"/> is
    /// the row as a webhook of this instance stored it, born held (<see cref="InboxHandoff"/>): it is not read again,
    /// but it waits (given back to the table) behind an earlier pending item of its conversation, and when it waited
    /// in memory for half its lease.
    /// </summary>
    public async Task ProcessAsync(InboxClaim claim, CancellationToken cancellationToken, InboxItem? held = null)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<InboxStore>();
            if (held is not null
                && (time.GetUtcNow() > claim.LeaseUntil - (options.Value.LeaseFor / 2) || await store.HasEarlierPendingAsync(held.Id, cancellationToken)))
            {
                await store.UnleaseAsync(held.Id, claim.LeaseUntil, cancellationToken);
                return;
            }

            if ((held ?? await store.FindAsync(claim.Id, cancellationToken)) is not { } item)
            {
                return;
            }

            string? reply = item.Reply;
            if (claim.State == InboxState.Pending)
            {
                var handled = await HandleAsync(scope.ServiceProvider, item, claim.LeaseUntil, cancellationToken);
                if (!handled.IsHandled)
                {
                    return;
                }

                reply = handled.Reply;
            }

            if (reply is not null)
            {
                await SendAsync(scope.ServiceProvider, item, claim.LeaseUntil, reply, item.State == InboxState.Replying ? item.Attempts : 0, cancellationToken);
            }
        }
#pragma warning disable CA1031 // One item must not stop the worker; the failure is logged with the item and the lease runs out.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogUnexpected(logger, e, claim.Id);
        }
        finally
        {
            admission.Finished(claim.Id);
        }
    }

    /// <summary>
    /// Handles an item the caller holds (a card action's request) and keeps it held, so the caller decides what is
    /// left to send and then calls <see cref="ReleaseAsync"/>.
    /// </summary>
    public async Task<InboxHandled> HandleNowAsync(long id, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<InboxStore>();
        return await store.FindAsync(id, cancellationToken) is { } item
            ? await HandleAsync(scope.ServiceProvider, item, lease, cancellationToken)
            : InboxHandled.NotHandled;
    }

    /// <summary>Gives a handled item back: <paramref name="reply"/> is what the workers still send (null: nothing).</summary>
    public async Task ReleaseAsync(long id, DateTimeOffset lease, string? reply, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<InboxStore>().ReleaseAsync(id, lease, reply, cancellationToken);
    }

    private async Task<InboxHandled> HandleAsync(IServiceProvider services, InboxItem item, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<InboxStore>();
        var db = services.GetRequiredService<ReformBotDbContext>();
        var work = new InboxWork(item.Id, item.Channel, item.Payload, item.ReceivedAt);
        var handler = services.GetServices<IInboxHandler>().FirstOrDefault(h => h.Channel == item.Channel);
        try
        {
            if (handler is null)
            {
                throw new InvalidOperationException($"No inbox handler for channel '{item.Channel}' on this instance.");
            }

            await handler.PrepareAsync(work, cancellationToken);
            await using var transaction = await WriteTransaction.BeginAsync(db, cancellationToken);
            var reply = await handler.HandleAsync(work, cancellationToken);
            if (!await store.MarkHandledAsync(item.Id, lease, reply, cancellationToken))
            {
                // The lease ran out and another worker took the item: its change is not ours to commit.
                await transaction.RollbackAsync(cancellationToken);
                LogLeaseLost(logger, item.Id);
                return InboxHandled.NotHandled;
            }

            await transaction.CommitAsync(cancellationToken);
            return new InboxHandled(true, reply);
        }
#pragma warning disable CA1031 // Any failure of the handler is recorded on the item and retried; see IInboxHandler.
        catch (Exception e)
#pragma warning restore CA1031
        {
            db.ChangeTracker.Clear();
            LogHandleFailed(logger, e, item.Id, item.Channel, item.Attempts + 1);
            var dead = await store.RecordFailureAsync(item.Id, lease, item.Attempts, Describe(e), CancellationToken.None);
            if (dead)
            {
                LogDead(logger, item.Id, item.Channel, item.Attempts + 1);
                if (handler?.FailureReply(work) is { } apology)
                {
                    await TrySendOnceAsync(handler, work, apology);
                }
            }

            return InboxHandled.NotHandled;
        }
    }

    private async Task SendAsync(IServiceProvider services, InboxItem item, DateTimeOffset lease, string reply, int failuresBefore, CancellationToken cancellationToken)
    {
        var store = services.GetRequiredService<InboxStore>();
        var work = new InboxWork(item.Id, item.Channel, item.Payload, item.ReceivedAt);
        try
        {
            var handler = services.GetServices<IInboxHandler>().FirstOrDefault(h => h.Channel == item.Channel)
                ?? throw new InvalidOperationException($"No inbox handler for channel '{item.Channel}' on this instance.");
            services.GetRequiredService<ReformBotDbContext>().ChangeTracker.Clear();
            await handler.SendAsync(work, reply, cancellationToken);
        }
#pragma warning disable CA1031 // A failed send (connector down, the bot's token refused) is retried later; it never stops the worker.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogSendFailed(logger, e, item.Id, item.Channel, failuresBefore + 1);
            if (await store.RecordFailureAsync(item.Id, lease, failuresBefore, Describe(e), CancellationToken.None))
            {
                LogDead(logger, item.Id, item.Channel, failuresBefore + 1);
            }

            return;
        }

        // Sent: should recording it fail, the lease runs out and the reply goes once more (at least once, never lost).
        await store.MarkSentAsync(item.Id, lease, CancellationToken.None);
    }

    private async Task TrySendOnceAsync(IInboxHandler handler, InboxWork work, string reply)
    {
        try
        {
            await handler.SendAsync(work, reply, CancellationToken.None);
        }
#pragma warning disable CA1031 // Best effort: the item is already a dead letter.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogSendFailed(logger, e, work.Id, work.Channel, 1);
        }
    }

    private static string Describe(Exception e) => $"{e.GetType().Name}: {e.Message}";

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox item {ItemId} ({Channel}) failed to be handled, attempt {Attempt}")]
    private static partial void LogHandleFailed(ILogger logger, Exception exception, long itemId, string channel, int attempt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reply of inbox item {ItemId} ({Channel}) could not be sent, attempt {Attempt}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, long itemId, string channel, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox item {ItemId} ({Channel}) is a dead letter after {Attempts} attempts")]
    private static partial void LogDead(ILogger logger, long itemId, string channel, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox item {ItemId} was taken over by another worker after its lease ran out; its change was rolled back")]
    private static partial void LogLeaseLost(ILogger logger, long itemId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbox item {ItemId} could not be processed; it is retried when its lease runs out")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, long itemId);
}
