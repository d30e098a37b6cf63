using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace ReformBot.Storage;

/// <summary>
/// Begins a <see cref="WriteTransaction"/> on SQLite just before its first command that is not a <c>SELECT</c>
/// (<c>BEGIN IMMEDIATE</c>, SQLite's one write lock), so the reads and the work before it run without holding the lock
/// that every other writer (the webhooks' inserts included) waits for.
/// </summary>
internal sealed class SqliteWriteOnDemand : DbCommandInterceptor
{
    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Begin(command, eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(command, eventData.Context, cancellationToken);
        return result;
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Begin(command, eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(command, eventData.Context, cancellationToken);
        return result;
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Begin(command, eventData.Context);
        return result;
    }

    public override async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await BeginAsync(command, eventData.Context, cancellationToken);
        return result;
    }

    private static void Begin(DbCommand command, DbContext? context)
    {
        if (Due(command, context) is { } db)
        {
            command.Transaction = db.Database.BeginTransaction().GetDbTransaction();
        }
    }

    private static async Task BeginAsync(DbCommand command, DbContext? context, CancellationToken cancellationToken)
    {
        if (Due(command, context) is { } db)
        {
            command.Transaction = (await db.Database.BeginTransactionAsync(cancellationToken)).GetDbTransaction();
        }
    }

    private static ReformBotDbContext? Due(DbCommand command, DbContext? context)
    {
        if (context is not ReformBotDbContext { BeginAtFirstWrite: true } db || db.Database.CurrentTransaction is not null
            || command.CommandText.AsSpan().TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        db.BeginAtFirstWrite = false;
        return db;
    }
}
