using System.Data;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ReformBot.Storage;

/// <summary>
/// Brings the schema up to date before anything else starts: migrations are the only way the schema changes.
/// Hosted services start in registration order, so this runs before the scheduler and the demo loader. With
/// <c>Storage:MigrateOnStart=false</c> (the <c>migrate</c> command is a deployment step of its own) it only checks that
/// nothing is pending and refuses to start otherwise.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, IOptions<StorageOptions> options, ILogger<DatabaseMigrator> logger) : IHostedService
{
    /// <summary>The key of the PostgreSQL advisory lock held while migrating ("RBMIGRAT" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x52424D4947524154;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        if (!options.Value.MigrateOnStart)
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                throw new InvalidOperationException(
                    $"The database schema is behind the code ({pending.Count} pending migration(s): {string.Join(", ", pending)}) and Storage:MigrateOnStart is false: run the migrate command first (ReformBot migrate).");
            }

            LogChecked(logger, db.Database.ProviderName ?? "?");
            return;
        }

        var applied = await MigrateAsync(db, cancellationToken);
        LogMigrated(logger, db.Database.ProviderName ?? "?", applied.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// Applies the pending migrations under a database-wide lock (an advisory lock on PostgreSQL, an exclusive lock file
    /// next to a SQLite file), reading what is pending only once the lock is held, so that instances starting together
    /// apply each migration once: the second waits, then finds nothing left to do. Returns the migrations it applied.
    /// </summary>
    public static async Task<IReadOnlyList<string>> MigrateAsync(ReformBotDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        IReadOnlyList<string> pending;
        if (db.Database.IsSqlite())
        {
            var dataSource = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var file = IsFile(dataSource) ? Path.GetFullPath(dataSource) : null;
            if (file is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            }

            using (await SqliteMigrationLock.AcquireAsync(file, cancellationToken))
            {
                pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
                await db.Database.MigrateAsync(cancellationToken);

                // WAL lets the web requests read while the scheduler writes; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            return pending;
        }

        // The lock belongs to the session: the migrations run on the same connection, which stays open until unlocked.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_lock({AdvisoryLockKey})", cancellationToken);
            try
            {
                pending = [.. await db.Database.GetPendingMigrationsAsync(cancellationToken)];
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({AdvisoryLockKey})", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return pending;
    }

    private static bool IsFile(string dataSource) =>
        !string.IsNullOrEmpty(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.Ordinal);

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        if (connection.State != ConnectionState.Open)
        {
            throw new InvalidOperationException("The migration lock needs an open connection.");
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider}); {Applied} migration(s) applied now")]
    private static partial void LogMigrated(ILogger logger, string provider, int applied);

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider}); migrating at start is off (Storage:MigrateOnStart=false)")]
    private static partial void LogChecked(ILogger logger, string provider);
}
