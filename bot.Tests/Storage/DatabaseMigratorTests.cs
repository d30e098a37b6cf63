using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Storage;

/// <summary>
/// Migrations under the database-wide lock: instances starting together on an empty database apply each migration once
/// and all come up; the <c>migrate</c> command is a deployment step of its own, after which instances that do not
/// migrate start, while on an old schema they refuse to.
/// </summary>
public abstract class DatabaseMigratorTests(StorageProvider storage)
{
    private static readonly DateTimeOffset Now = new(2024, 11, 29, 2, 0, 0, TimeSpan.Zero);

    private static async Task<List<string>> AppliedAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        return [.. await db.Database.GetAppliedMigrationsAsync()];
    }

    private static List<string> AllMigrations(TestDatabase database)
    {
        using var db = database.CreateContext();
        return [.. db.Database.GetMigrations()];
    }

    [Fact]
    public async Task MigratorsRacingOnAnEmptyDatabaseApplyEachMigrationOnce()
    {
        await using var database = TestDatabase.Create(storage);

        var applied = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            await using var db = database.CreateContext();
            return await DatabaseMigrator.MigrateAsync(db, CancellationToken.None);
        })));

        var all = AllMigrations(database);
        Assert.NotEmpty(all);
        Assert.Equal(all, applied.SelectMany(a => a).Order(StringComparer.Ordinal));
        Assert.Single(applied, a => a.Count > 0);
        Assert.Equal(all, await AppliedAsync(database));
    }

    [Fact]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabaseBothComeUpFiveTimesInARow()
    {
        for (var trial = 1; trial <= 5; trial++)
        {
            await using var cluster = await TestCluster.StartAsync(storage, Now, settings: new Dictionary<string, string?>
            {
                ["Reminders:SchedulerEnabled"] = "true",
            });

            Assert.Equal(AllMigrations(cluster.Database), await AppliedAsync(cluster.Database));
            foreach (var node in cluster.Nodes)
            {
                var health = await HealthJson.GetAsync(node.Factory);
                // The whole answer on failure: this test once saw "unhealthy" without saying which check (stop 13).
                var json = health.ToJsonString();
                Assert.True((string?)health["checks"]!["database"]!["status"] == "healthy", json);
                Assert.Equal(0, (int?)health["checks"]!["database"]!["data"]!["pendingMigrations"]);
                Assert.True((string?)health["checks"]!["scheduler"]!["status"] == "healthy", json);
                var data = health["checks"]!["cluster"]!["data"]!;
                Assert.Equal(storage == StorageProvider.Postgres ? "postgres" : "sqlite", (string?)data["provider"]);
                Assert.Equal(node.NodeId, (string?)data["nodeId"]);
                Assert.Equal(storage == StorageProvider.Postgres, (bool?)data["clustered"]);
                // The scheduler's first round may already have run (on whichever node): it plans from the clock's now.
                Assert.Contains((string?)data["lastPlanningRound"], new[] { "never", Now.ToString("O", System.Globalization.CultureInfo.InvariantCulture) });
            }
        }
    }

    [Fact]
    public async Task MigrateCommandBringsTheSchemaUpToDateThenInstancesThatDoNotMigrateStartOnIt()
    {
        await using var database = TestDatabase.Create(storage);

        var first = await ServiceExecutable.RunAsync(database, "migrate");
        var second = await ServiceExecutable.RunAsync(database, "migrate");

        Assert.True(first.Exit == 0, first.Error);
        var all = AllMigrations(database);
        Assert.All(all, m => Assert.Contains("applied " + m, first.Output, StringComparison.Ordinal));
        Assert.Contains($"({all.Count} migration(s) applied)", first.Output, StringComparison.Ordinal);
        Assert.Equal((0, "(0 migration(s) applied)"), (second.Exit, second.Output.Contains("(0 migration(s) applied)", StringComparison.Ordinal) ? "(0 migration(s) applied)" : second.Output));
        Assert.Equal(all, await AppliedAsync(database));

        await using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Storage:MigrateOnStart"] = "false" }, database: database);
        var health = await HealthJson.GetAsync(factory);
        Assert.Equal("healthy", (string?)health["checks"]!["database"]!["status"]);
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-5")]
    [InlineData("99999")]
    public async Task MigrateRefusesAWaitThatIsNotANumberOfSecondsAndTouchesNothing(string wait)
    {
        await using var database = TestDatabase.Create(storage);

        var refused = await ServiceExecutable.RunAsync(database, "migrate", "--wait", wait);

        Assert.Equal(2, refused.Exit);
        Assert.Contains($"--wait takes a number of seconds from 0 to 3600, not '{wait}'", refused.Error, StringComparison.Ordinal);
        Assert.Empty(await AppliedAsync(database));
    }

    [Fact]
    public async Task AnInstanceThatDoesNotMigrateRefusesToStartOnAnOldSchemaAndNamesTheMigrateStep()
    {
        await using var database = TestDatabase.Create(storage);
        await using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Storage:MigrateOnStart"] = "false" }, database: database);

        var refused = Assert.Throws<InvalidOperationException>(() => factory.Services);

        Assert.Contains("Storage:MigrateOnStart is false: run the migrate command first", refused.Message, StringComparison.Ordinal);
        Assert.Empty(await AppliedAsync(database));
    }

    public sealed class OnSqlite() : DatabaseMigratorTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : DatabaseMigratorTests(StorageProvider.Postgres);
}
