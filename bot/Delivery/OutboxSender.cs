using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Delivery;

/// <summary>
/// The one sender of the one outbox. It claims due rows one by one with a short lease (<c>Delivery:ClaimFor</c>) so two
/// instances never send the same one, and goes on until nothing due is left. Each attempt is recorded as "sending"
/// before the channel is called and reconciled after; a row found with an attempt still "sending" after its claim ran
/// out is retried and that attempt marked unknown. Busy or failing channels are retried with growing delays (a longer
/// Retry-After wins) until <c>Delivery:MaxAttempts</c>; then the row is a dead letter. Quiet hours hold back all but
/// urgent rows. Sends are spaced by <see cref="SendRateLimiter"/> (per tenant and per recipient), and a Retry-After
/// pauses them all. Whatever goes wrong with one row is logged with its id, counted as a failed attempt, and the sender
/// goes on with the next.
/// </summary>
public sealed partial class OutboxSender(
    ReformBotDbContext db,
    OfficerMessenger messenger,
    QuietHours quietHours,
    IEnumerable<IOutboxComposer> composers,
    IEnumerable<IOutboxListener> listeners,
    IEnumerable<IOutboxHold> holds,
    OutboxHeartbeat heartbeat,
    IServiceScopeFactory scopes,
    SendRateLimiter limiter,
    TenantTurns tenantTurns,
    IOptions<DeliveryOptions> options,
    TimeProvider time,
    ILogger<OutboxSender> logger)
{
    private const int CandidateBatch = 100;

    private readonly Dictionary<string, IOutboxComposer> byKind = composers.ToDictionary(c => c.Kind, StringComparer.Ordinal);

    private enum Outcome
    {
        Settled,
        Held,
        Delivered,
        Failed,
    }

    public async Task<DeliveryRound> SendDueAsync(CancellationToken cancellationToken)
    {
        int delivered = 0, failed = 0;
        for (var pass = 0; ; pass++)
        {
            // Lanes send at once (each with its own scope and database context), within the rate limiter's turns.
            using var queue = new SendQueue();
            var ready = await queue.FillAsync(CandidatesAsync, cancellationToken);
            if (ready == 0 && pass > 0)
            {
                break;
            }

            // Nothing due starts no lane, but the listeners still hear the pass end: a follow-up may be owed without a
            // send (an announcement whose queued copies an administrator cancelled gets its report so).
            var lanes = new List<Task<(int Claimed, int Delivered, int Failed)>>();
            for (var i = 0; i < Math.Min(options.Value.Senders, ready); i++)
            {
                lanes.Add(i == 0 ? SendLaneAsync(queue, cancellationToken) : OtherLaneAsync(queue, cancellationToken));
            }

            var done = await Task.WhenAll(lanes);
            delivered += done.Sum(l => l.Delivered);
            failed += done.Sum(l => l.Failed);

            // Once per pass, after every lane: follow-ups gathered across the lanes (people not reached) are written together.
            foreach (var listener in listeners)
            {
                await HearAsync(listener, l => l.PassEndedAsync(cancellationToken), null);
            }

            // Listeners may have written follow-ups (reports, notices): send them in this round too.
            var now = time.GetUtcNow();
            if ((done.Sum(l => l.Claimed) == 0 && pass > 0) || !await Due(now, quietHours.IsQuiet(now)).AnyAsync(cancellationToken))
            {
                break;
            }
        }

        heartbeat.RoundFinished(time.GetUtcNow());
        return new DeliveryRound(delivered, failed);
    }

    private async Task<(int Claimed, int Delivered, int Failed)> OtherLaneAsync(SendQueue queue, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendLaneAsync(queue, cancellationToken);
    }

    /// <summary>One lane of a round: claims and sends rows until the queue has none left for it.</summary>
    private async Task<(int Claimed, int Delivered, int Failed)> SendLaneAsync(SendQueue queue, CancellationToken cancellationToken)
    {
        int claimed = 0, delivered = 0, failed = 0;
        while (await queue.NextAsync(CandidatesAsync, cancellationToken) is { } row)
        {
            try
            {
                if (!await ClaimAsync(row.Id, cancellationToken))
                {
                    continue;
                }

                claimed++;
                var outcome = await SendOneAsync(row.Id, cancellationToken);
                delivered += outcome == Outcome.Delivered ? 1 : 0;
                failed += outcome == Outcome.Failed ? 1 : 0;
                db.ChangeTracker.Clear();
            }
            finally
            {
                await queue.DoneAsync(row.OfficerId);
            }
        }

        return (claimed, delivered, failed);
    }

    private IQueryable<OutboxMessage> Due(DateTimeOffset now, bool quiet) =>
        db.OutboxMessages.Where(m => m.State == OutboxState.Pending && !m.InDailyMessage && m.NotBefore <= now
            && (m.NextAttemptAt == null || m.NextAttemptAt <= now)
            && (m.ClaimedUntil == null || m.ClaimedUntil < now)
            && (!quiet || m.Urgent));

    /// <summary>The next batch of due rows for the round's queue (read with this lane's own context, under the queue's lock).</summary>
    private async Task<IReadOnlyList<(long Id, string OfficerId)>> CandidatesAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var rows = await Due(now, quietHours.IsQuiet(now)).OrderBy(m => m.Id).Select(m => new { m.Id, m.OfficerId }).Take(CandidateBatch).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.OfficerId))];
    }

    /// <summary>Takes the lease on the row: false when another sender holds it or it is no longer pending.</summary>
    private async Task<bool> ClaimAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.ClaimFor;
        return await db.OutboxMessages
            .Where(m => m.Id == id && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken) == 1;
    }

    private async Task<Outcome> SendOneAsync(long id, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        long? attemptId = null;
        try
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            await MarkLostAttemptsAsync(message, now, cancellationToken);
            if (await HeldUntilAsync(message, now, cancellationToken) is { } later)
            {
                // Not sent now and not settled: the row waits, whole, and is composed when its new time comes.
                message.HoldUntil(later);
                await db.SaveChangesAsync(cancellationToken);
                LogHeld(logger, message.Id, message.OfficerId, later);
                return Outcome.Held;
            }

            var composer = Composer(message.Kind);
            var outgoing = await composer.ComposeAsync(message, cancellationToken);
            if (outgoing is null)
            {
                message.Settle(OutboxState.Skipped, "nothing was left to say when its turn came");
                await composer.SettledAsync(message, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await TellListenersAsync(message, cancellationToken);
                return Outcome.Settled;
            }

            // Recorded before the send: a crash between here and the reconciliation leaves this row "sending".
            var attempt = new DeliveryAttempt(id, now);
            db.DeliveryAttempts.Add(attempt);
            await db.SaveChangesAsync(cancellationToken);
            attemptId = attempt.Id;

            await limiter.WaitTurnAsync(message.OfficerId, cancellationToken);
            await tenantTurns.WaitTurnAsync(cancellationToken);
            var result = await messenger.SendAsync(message.OfficerId, outgoing, cancellationToken);
            if (result.Status == DeliveryStatus.RetryLater && result.RetryAfter is { } retryAfter)
            {
                limiter.PauseFor(retryAfter);
                await tenantTurns.PauseForAsync(retryAfter, cancellationToken);
            }

            attempt.Reconcile(result, time.GetUtcNow());
            Apply(message, result, now);
            if (message.IsSettled)
            {
                await composer.SettledAsync(message, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            if (message.IsSettled)
            {
                await TellListenersAsync(message, cancellationToken);
            }

            return result.IsSent ? Outcome.Delivered : message.IsSettled ? Outcome.Settled : Outcome.Failed;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            LogRowFailed(logger, id, e);
            return await RecordFailureAsync(id, attemptId, e, now, cancellationToken);
        }
    }

    private async Task<DateTimeOffset?> HeldUntilAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DateTimeOffset? until = null;
        foreach (var hold in holds)
        {
            if (await hold.HoldUntilAsync(message, now, cancellationToken) is { } later && later > now && (until is null || later > until))
            {
                until = later;
            }
        }

        return until;
    }

    private void Apply(OutboxMessage message, DeliveryResult result, DateTimeOffset now)
    {
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                message.Delivered(result.Channel, now);
                break;
            case DeliveryStatus.Unreachable:
                message.Settle(OutboxState.Unreachable, result.Detail);
                LogUnreachable(logger, message.OfficerId, message.Id, result.Detail);
                break;
            case DeliveryStatus.RetryLater or DeliveryStatus.Failed when message.Attempts + 1 < options.Value.MaxAttempts:
                message.RetryAt(now + result.WaitBeforeRetry(message.Attempts, options.Value.RetryDelay), result.Detail);
                break;
            default:
                message.Settle(OutboxState.Dead, result.Detail);
                LogDead(logger, message.OfficerId, message.Id, message.Attempts, result.Detail);
                break;
        }
    }

    /// <summary>An attempt still "sending" on a row this sender could claim: the sender before it died mid-send.</summary>
    private async Task MarkLostAttemptsAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var lost = await db.DeliveryAttempts.Where(a => a.OutboxMessageId == message.Id && a.Status == AttemptStatus.Sending).ToListAsync(cancellationToken);
        foreach (var attempt in lost)
        {
            attempt.MarkUnknown(now);
            message.AttemptLost();
            LogUnknownAttempt(logger, message.Id, attempt.Id, attempt.At);
        }

        if (lost.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>A row whose composing or sending threw: one failed attempt, retried after the usual wait, dead at the last.</summary>
    private async Task<Outcome> RecordFailureAsync(long id, long? attemptId, Exception error, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var detail = $"{error.GetType().Name}: {error.Message}";
        try
        {
            db.ChangeTracker.Clear();
            var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            var attempt = attemptId is { } known ? await db.DeliveryAttempts.SingleAsync(a => a.Id == known, cancellationToken) : null;
            if (attempt is null)
            {
                attempt = new DeliveryAttempt(id, now);
                db.DeliveryAttempts.Add(attempt);
            }

            attempt.Failed(detail, time.GetUtcNow());
            Apply(message, new DeliveryResult(DeliveryStatus.Failed, null, detail), now);
            await db.SaveChangesAsync(cancellationToken);
            if (message.IsSettled)
            {
                await SettleAfterFailureAsync(message, cancellationToken);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            // The database itself failed: the claim runs out and the row is tried again, its attempt then unknown.
            LogFailureNotRecorded(logger, id, e);
        }

        return Outcome.Failed;
    }

    private async Task SettleAfterFailureAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (byKind.TryGetValue(KindOf(message.Kind), out var composer))
        {
            await composer.SettledAsync(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        await TellListenersAsync(message, cancellationToken);
    }

    private async Task TellListenersAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var listener in listeners)
        {
            await HearAsync(listener, l => l.SettledAsync(message, cancellationToken), message.Id);
        }
    }

    private async Task HearAsync(IOutboxListener listener, Func<IOutboxListener, Task> call, long? messageId)
    {
        try
        {
            await call(listener);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A listener's follow-up (a report, a notice) failing must not undo or stop the sending.
            LogListenerFailed(logger, listener.GetType().Name, messageId, e);
            db.ChangeTracker.Clear();
        }
    }

    private IOutboxComposer Composer(string kind) =>
        byKind.TryGetValue(KindOf(kind), out var composer) ? composer : throw new InvalidOperationException($"No outbox composer is registered for kind \"{kind}\".");

    private static string KindOf(string kind) => kind == OutboxKinds.LegacyNotice ? OutboxKinds.Message : kind;

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox message {MessageId} to {OfficerId} is held until {Until}")]
    private static partial void LogHeld(ILogger logger, long messageId, string officerId, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {OfficerId} cannot be reached for outbox message {MessageId}: {Detail}")]
    private static partial void LogUnreachable(ILogger logger, string officerId, long messageId, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} to {OfficerId} is a dead letter after {Attempts} attempts: {Detail}")]
    private static partial void LogDead(ILogger logger, string officerId, long messageId, int attempts, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} failed while being composed or sent; it counts as a failed attempt")]
    private static partial void LogRowFailed(ILogger logger, long messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "The failure of outbox message {MessageId} could not be recorded; its claim will run out and it is tried again")]
    private static partial void LogFailureNotRecorded(ILogger logger, long messageId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId}: attempt {AttemptId} started at {At} was never reconciled (the sender stopped); marked unknown, the message may have been delivered")]
    private static partial void LogUnknownAttempt(ILogger logger, long messageId, long attemptId, DateTimeOffset at);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox listener {Listener} failed after message {MessageId}")]
    private static partial void LogListenerFailed(ILogger logger, string listener, long? messageId, Exception exception);
}
