using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Tests.Infrastructure;

/// <summary>A migrated SQLite database in a temporary file, for tests of storage code without the web host.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly TemporaryDirectory directory = new();

    private TestDatabase()
    {
    }

    public string ConnectionString => $"Data Source={directory.File("test.db")}";

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await using var db = database.CreateContext();
        await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        return database;
    }

    /// <summary>A fresh context, as each request or job gets one.</summary>
    public ReformBotDbContext CreateContext() =>
        new SqliteReformBotDbContext(new DbContextOptionsBuilder<SqliteReformBotDbContext>().UseSqlite(ConnectionString).Options);

    public ValueTask DisposeAsync()
    {
        directory.Dispose();
        return ValueTask.CompletedTask;
    }
}
