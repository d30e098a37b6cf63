using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReformBot.Storage;

/// <summary>
/// One unit of work whose writes commit together (an inbox item's change and its completion). On PostgreSQL a plain
/// transaction. On SQLite, whose transaction holds the database's only write lock from <c>BEGIN IMMEDIATE</c> to its
/// end, the transaction begins at the first write (<see cref="SqliteWriteOnDemand"/>; SaveChanges opens none of its
/// own meanwhile), so reading and composing do not block the other writers. Reads before the first write then see
/// the latest committed data each, as under PostgreSQL's read committed; the concurrency tokens (task state and
/// progress, extension requests, report submissions) still catch a lost update. The connection stays open throughout.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable
{
    private readonly ReformBotDbContext db;
    private readonly IDbContextTransaction? transaction;

    private WriteTransaction(ReformBotDbContext db, IDbContextTransaction? transaction)
    {
        this.db = db;
        this.transaction = transaction;
    }

    public static async Task<WriteTransaction> BeginAsync(ReformBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db is not SqliteReformBotDbContext)
        {
            return new WriteTransaction(db, await db.Database.BeginTransactionAsync(cancellationToken));
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        db.BeginAtFirstWrite = true;
        return new WriteTransaction(db, null);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if ((transaction ?? db.Database.CurrentTransaction) is { } current)
        {
            await current.CommitAsync(cancellationToken);
        }
    }

    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        if ((transaction ?? db.Database.CurrentTransaction) is { } current)
        {
            await current.RollbackAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync();
            return;
        }

        db.BeginAtFirstWrite = false;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        if (db.Database.CurrentTransaction is { } begun)
        {
            await begun.DisposeAsync();
        }

        await db.Database.CloseConnectionAsync();
    }
}
