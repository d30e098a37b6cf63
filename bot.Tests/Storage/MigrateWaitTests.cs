using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Storage;

/// <summary>
/// <c>migrate --wait</c> as a compose file runs it: started before the database exists (the postgres image creates it
/// during its first start), it waits, then migrates once the database is there; without <c>--wait</c> it fails at once.
/// </summary>
[RequiresPostgres]
public sealed class MigrateWaitTests
{
    [Fact]
    public async Task MigrateWithWaitWaitsForTheDatabaseToBeCreatedThenAppliesEveryMigration()
    {
        await using var database = TestDatabase.Create(StorageProvider.Postgres);
        PostgresServer.DropDatabase(database.ConnectionString);

        using var process = Process.Start(ServiceExecutable.Command(database, "migrate", "--wait", "300"))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var waiting = await FirstLineStartingWithAsync(process.StandardError, "waiting").WaitAsync(TimeSpan.FromMinutes(5));
        PostgresServer.CreateDatabase(database.ConnectionString);
        var rest = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));

        Assert.StartsWith("waiting for the postgres database: 3D000", waiting, StringComparison.Ordinal);
        Assert.True(process.ExitCode == 0, waiting + rest);
        await using var db = database.CreateContext();
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Contains($"({db.Database.GetMigrations().Count()} migration(s) applied)", await output, StringComparison.Ordinal);
    }

    private static async Task<string> FirstLineStartingWithAsync(StreamReader reader, string start)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.StartsWith(start, StringComparison.Ordinal))
            {
                return line;
            }
        }

        return "(the command ended without that line)";
    }

    [Fact]
    public async Task MigrateWithoutWaitFailsAtOnceWhenTheDatabaseIsNotThere()
    {
        await using var database = TestDatabase.Create(StorageProvider.Postgres);
        PostgresServer.DropDatabase(database.ConnectionString);

        var failed = await ServiceExecutable.RunAsync(database, "migrate");

        Assert.Equal(1, failed.Exit);
        Assert.Contains("error: cannot migrate the postgres database: 3D000", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("waiting", failed.Error, StringComparison.Ordinal);
        PostgresServer.CreateDatabase(database.ConnectionString);
    }
}
