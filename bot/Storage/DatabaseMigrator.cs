using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ReformBot.Storage;

/// <summary>
/// Brings the schema up to date before anything else starts: migrations are the only way the schema changes.
/// Hosted services start in registration order, so this runs before the scheduler and the demo loader.
/// </summary>
internal sealed partial class DatabaseMigrator(IServiceScopeFactory scopes, ILogger<DatabaseMigrator> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        await MigrateAsync(db, cancellationToken);
        LogMigrated(logger, db.Database.ProviderName ?? "?");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static async Task MigrateAsync(ReformBotDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.IsSqlite())
        {
            CreateDirectoryFor(db.Database.GetConnectionString());
        }

        await db.Database.MigrateAsync(cancellationToken);

        if (db.Database.IsSqlite())
        {
            // WAL lets the web requests read while the scheduler writes; the mode is stored in the file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    private static void CreateDirectoryFor(string? connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.Ordinal))
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database schema is up to date ({Provider})")]
    private static partial void LogMigrated(ILogger logger, string provider);
}
