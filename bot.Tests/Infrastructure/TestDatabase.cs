using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// A database of its own for a test, a test class or a host: a SQLite file in a temporary directory, or a fresh
/// PostgreSQL database on <see cref="PostgresServer"/>; removed when disposed. Hosts get it through <see cref="Settings"/>,
/// exactly as an operator would configure the service; several hosts may share one.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable, IDisposable
{
    private readonly TemporaryDirectory? directory;
    private bool disposed;

    private TestDatabase(StorageProvider provider)
    {
        Provider = provider;
        if (provider == StorageProvider.Postgres)
        {
            ConnectionString = PostgresServer.CreateDatabase();
        }
        else
        {
            directory = new TemporaryDirectory();
            ConnectionString = $"Data Source={directory.File("reformbot.db")}";
        }
    }

    public StorageProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>The SQLite file (only for <see cref="StorageProvider.Sqlite"/>).</summary>
    public string SqlitePath => directory?.File("reformbot.db") ?? throw new InvalidOperationException("A PostgreSQL database has no file.");

    /// <summary>The temporary directory next to the SQLite file (only for <see cref="StorageProvider.Sqlite"/>).</summary>
    public TemporaryDirectory Directory => directory ?? throw new InvalidOperationException("A PostgreSQL database has no directory.");

    /// <summary>The configuration that points the service at this database.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = Provider.ToString(),
        ["ConnectionStrings:ReformBot"] = ConnectionString,
    };

    /// <summary>An empty database, without schema (a host migrates it when it starts).</summary>
    public static TestDatabase Create(StorageProvider provider = StorageProvider.Sqlite) => new(provider);

    /// <summary>A migrated database, for tests of storage code without the web host.</summary>
    public static async Task<TestDatabase> CreateAsync(StorageProvider provider = StorageProvider.Sqlite)
    {
        var database = new TestDatabase(provider);
        await using var db = database.CreateContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        return database;
    }

    /// <summary>A fresh context, as each request or job gets one.</summary>
    public ReformBotDbContext CreateContext() => Provider == StorageProvider.Postgres
        ? new PostgresReformBotDbContext(new DbContextOptionsBuilder<PostgresReformBotDbContext>().UseNpgsql(ConnectionString).Options)
        : new SqliteReformBotDbContext(new DbContextOptionsBuilder<SqliteReformBotDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (Provider == StorageProvider.Postgres)
        {
            PostgresServer.DropDatabase(ConnectionString);
        }

        directory?.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
