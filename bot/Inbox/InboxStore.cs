using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Inbox;

/// <summary>
/// The inbox table through the scoped context. Rows change only by conditional updates that name the lease the caller
/// holds, so a worker whose lease ran out (and was taken over) cannot mark an item it no longer owns.
/// </summary>
internal sealed class InboxStore(
    ReformBotDbContext db,
    InboxSignal signal,
    InboxAdmission admission,
    InboxHandoff handoff,
    InboxInserts inserts,
    IOptions<InboxOptions> options,
    TimeProvider time)
{
    /// <summary>
    /// Stores an entry for the workers if this instance's backlog has room (see <see cref="InboxAdmission"/>); null
    /// when it is full and nothing was stored: the webhook answers 503 with <c>Retry-After</c>. While this instance's
    /// worker runs, the row is born held by it and handed over in memory (<see cref="InboxHandoff"/>): no claim, no re-read.
    /// </summary>
    public async Task<InboxAdded?> TryAddAsync(InboxEntry entry, CancellationToken cancellationToken)
    {
        if (!await admission.EnterAsync(cancellationToken))
        {
            return null;
        }

        var holds = false;
        try
        {
            var handOver = handoff.IsOpen;
            InboxItem? stored = null;
            var added = await AddAsync(entry, handOver, item => { admission.Hold(item.Id); holds = true; stored = item; }, grouped: true, cancellationToken);
            if (handOver && stored is not null && !handoff.Post(stored))
            {
                // The worker stopped meanwhile: the row goes to whichever host polls next.
                await UnleaseAsync(stored.Id, stored.LeaseUntil!.Value, CancellationToken.None);
            }

            return added;
        }
        finally
        {
            if (!holds)
            {
                admission.Leave();
            }
        }
    }

    /// <summary>
    /// Stores an entry unless its channel and key are already stored (then it is a repeat: nothing changes).
    /// With <paramref name="lease"/> the row is born held by the caller, which handles it at once.
    /// </summary>
    public Task<InboxAdded> AddAsync(InboxEntry entry, bool lease, CancellationToken cancellationToken) => AddAsync(entry, lease, null, grouped: false, cancellationToken);

    /// <summary><paramref name="grouped"/>: committed with other webhooks' rows (<see cref="InboxInserts"/>), not on the scoped context.</summary>
    private async Task<InboxAdded> AddAsync(InboxEntry entry, bool lease, Action<InboxItem>? stored, bool grouped, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (await ExistingAsync(entry, cancellationToken) is { } known)
        {
            return new InboxAdded(known, false, null);
        }

        var now = time.GetUtcNow();
        var item = await InsertAsync(entry, lease ? now + options.Value.LeaseFor : null, grouped, cancellationToken);
        if (item is null)
        {
            // The same event arrived at the same moment (another instance, or a quick retry): the unique key kept one.
            return await ExistingAsync(entry, CancellationToken.None) is { } raced
                ? new InboxAdded(raced, false, null)
                : throw new InvalidOperationException($"Inbox entry {entry.Channel}/{entry.Key} was refused as a repeat but is not stored.");
        }

        stored?.Invoke(item);
        if (!lease)
        {
            signal.Raise();
        }

        return new InboxAdded(item.Id, true, item.LeaseUntil);
    }

    /// <summary>True when an earlier item of the same conversation still waits: this one must wait behind it.</summary>
    public Task<bool> HasEarlierPendingAsync(long id, CancellationToken cancellationToken) =>
        db.InboxItems.AnyAsync(
            i => i.Id == id && db.InboxItems.Any(e => e.ConversationKey == i.ConversationKey && e.Id < i.Id && e.State == InboxState.Pending),
            cancellationToken);

    /// <summary>Gives a still pending item the caller held to the workers (it had to wait behind an earlier one).</summary>
    public async Task UnleaseAsync(long id, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        await Held(id, lease, InboxState.Pending).ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null), cancellationToken);
        signal.Raise();
    }

    public Task<InboxItem?> FindAsync(long id, CancellationToken cancellationToken) =>
        db.InboxItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);

    /// <summary>
    /// Takes up to <paramref name="max"/> due items: replies to send, and for each conversation only its earliest
    /// pending item. Each is leased by a conditional update, so two workers (or instances) never take the same one.
    /// </summary>
    public async Task<IReadOnlyList<InboxClaim>> ClaimDueAsync(int max, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var candidates = await Due(now).OrderBy(i => i.Id).Select(i => i.Id).Take(max).ToListAsync(cancellationToken);
        var claimed = new List<InboxClaim>();
        foreach (var id in candidates)
        {
            var until = now + options.Value.LeaseFor;
            var taken = await Due(now).Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.LeaseUntil, until), cancellationToken);
            if (taken == 1 && await db.InboxItems.AsNoTracking().Where(i => i.Id == id).Select(i => (InboxState?)i.State).SingleOrDefaultAsync(cancellationToken) is { } state)
            {
                claimed.Add(new InboxClaim(id, state, until));
            }
        }

        return claimed;
    }

    /// <summary>
    /// Marks a handled item, inside the handler's transaction: done when there is nothing to send, otherwise its reply
    /// is stored and the caller keeps holding it to send (or release) that reply.
    /// </summary>
    public async Task<bool> MarkHandledAsync(long id, DateTimeOffset lease, string? reply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = reply is null ? InboxState.Done : InboxState.Replying;
        DateTimeOffset? completed = reply is null ? now : null;
        DateTimeOffset? until = reply is null ? null : lease;
        return await Held(id, lease, InboxState.Pending).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.State, state).SetProperty(i => i.Reply, reply).SetProperty(i => i.Attempts, 0)
                .SetProperty(i => i.LastError, (string?)null).SetProperty(i => i.LeaseUntil, until)
                .SetProperty(i => i.NextAttemptAt, now).SetProperty(i => i.CompletedAt, completed),
            cancellationToken) == 1;
    }

    /// <summary>Gives a handled item back to the workers with what is still to send (nothing: done).</summary>
    public async Task ReleaseAsync(long id, DateTimeOffset lease, string? reply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var state = reply is null ? InboxState.Done : InboxState.Replying;
        DateTimeOffset? completed = reply is null ? now : null;
        await Held(id, lease, InboxState.Replying).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.State, state).SetProperty(i => i.Reply, reply).SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(i => i.NextAttemptAt, now).SetProperty(i => i.CompletedAt, completed),
            cancellationToken);
        signal.Raise();
    }

    public async Task MarkSentAsync(long id, DateTimeOffset lease, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await Held(id, lease, InboxState.Replying).ExecuteUpdateAsync(
            s => s.SetProperty(i => i.State, InboxState.Done).SetProperty(i => i.Reply, (string?)null)
                .SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null).SetProperty(i => i.CompletedAt, now),
            cancellationToken);
    }

    /// <summary>Records a failed step: retried after a doubling wait, or a dead letter once the attempts are spent. True when dead.</summary>
    public async Task<bool> RecordFailureAsync(long id, DateTimeOffset lease, int failuresBefore, string error, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var failures = failuresBefore + 1;
        var dead = failures >= settings.MaxAttempts;
        var wait = TimeSpan.FromTicks((long)Math.Min(settings.RetryMaxDelay.Ticks, settings.RetryBaseDelay.Ticks * Math.Pow(2, failuresBefore)));
        var detail = error.Length > 2000 ? error[..2000] : error;
        var held = db.InboxItems.Where(i => i.Id == id && i.LeaseUntil == lease && (i.State == InboxState.Pending || i.State == InboxState.Replying));
        if (dead)
        {
            await held.ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Attempts, failures).SetProperty(i => i.LastError, detail).SetProperty(i => i.State, InboxState.Dead)
                    .SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null).SetProperty(i => i.CompletedAt, now),
                cancellationToken);
        }
        else
        {
            await held.ExecuteUpdateAsync(
                s => s.SetProperty(i => i.Attempts, failures).SetProperty(i => i.LastError, detail)
                    .SetProperty(i => i.NextAttemptAt, now + wait).SetProperty(i => i.LeaseUntil, (DateTimeOffset?)null),
                cancellationToken);
        }

        return dead;
    }

    /// <summary>Deletes done items older than the retention; dead letters stay for the operator.</summary>
    public Task<int> PruneAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.Retention;
        return db.InboxItems.Where(i => i.State == InboxState.Done && i.CompletedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>The stored row, or null when the unique key refused it (a repeat).</summary>
    private async Task<InboxItem?> InsertAsync(InboxEntry entry, DateTimeOffset? leaseUntil, bool grouped, CancellationToken cancellationToken)
    {
        if (grouped)
        {
            return await inserts.InsertAsync(entry, leaseUntil);
        }

        var item = new InboxItem(entry, leaseUntil);
        db.InboxItems.Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return item;
        }
        catch (DbUpdateException)
        {
            return null;
        }
        finally
        {
            db.Entry(item).State = EntityState.Detached;
        }
    }

    private IQueryable<InboxItem> Due(DateTimeOffset now) =>
        db.InboxItems.Where(i => (i.State == InboxState.Pending || i.State == InboxState.Replying)
            && i.NextAttemptAt <= now
            && (i.LeaseUntil == null || i.LeaseUntil < now)
            && (i.State == InboxState.Replying
                || !db.InboxItems.Any(e => e.ConversationKey == i.ConversationKey && e.Id < i.Id && e.State == InboxState.Pending)));

    private IQueryable<InboxItem> Held(long id, DateTimeOffset lease, InboxState state) =>
        db.InboxItems.Where(i => i.Id == id && i.State == state && i.LeaseUntil == lease);

    private async Task<long?> ExistingAsync(InboxEntry entry, CancellationToken cancellationToken) =>
        await db.InboxItems.AsNoTracking().Where(i => i.Channel == entry.Channel && i.Key == entry.Key)
            .Select(i => (long?)i.Id).FirstOrDefaultAsync(cancellationToken);
}
