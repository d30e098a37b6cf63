using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Delivery;

/// <summary>
/// Gives dead letters (rows whose attempts all failed) a fresh start when an administrator asks, e.g. after a channel
/// outage was fixed: the row is pending again and due now, and each <see cref="IOutboxListener"/> puts back what it had
/// settled with the row (the reminders in it), so the next round sends the same message as if nothing had failed.
/// </summary>
internal sealed class DeadLetters(ReformBotDbContext db, IEnumerable<IOutboxListener> listeners, TimeProvider time)
{
    /// <summary>Revives one dead letter: null when no row has that id; false when the row is not dead.</summary>
    public async Task<bool?> RetryAsync(long id, CancellationToken cancellationToken)
    {
        var row = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (row is null)
        {
            return null;
        }

        if (row.State != OutboxState.Dead)
        {
            return false;
        }

        await ReviveAsync([row], cancellationToken);
        return true;
    }

    /// <summary>Revives every dead letter; answers how many.</summary>
    public async Task<int> RetryAllAsync(CancellationToken cancellationToken)
    {
        var rows = await db.OutboxMessages.Where(m => m.State == OutboxState.Dead).ToListAsync(cancellationToken);
        await ReviveAsync(rows, cancellationToken);
        return rows.Count;
    }

    private async Task ReviveAsync(List<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        // One transaction: a round never sees a revived row whose reminders are still marked dead (it would skip it).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var row in rows)
        {
            row.Revive(now);
            foreach (var listener in listeners)
            {
                await listener.RevivedAsync(row, cancellationToken);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
