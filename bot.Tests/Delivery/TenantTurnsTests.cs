using Microsoft.Extensions.DependencyInjection;
using ReformBot.Delivery;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Delivery;

/// <summary>The tenant's send rate is one budget for every instance on the database: their turns never crowd each other.</summary>
public abstract class TenantTurnsTests(StorageProvider storage)
{
    private static readonly Dictionary<string, string?> Settings = new() { ["Delivery:TenantRatePerSecond"] = "40" };

    [Fact]
    public async Task TwoInstancesTakeTurnsSpacedByTheOneTenantRate()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        using var first = new ReformBotFactory(Settings, database: database);
        using var second = new ReformBotFactory(Settings, database: database);
        var turns = new[] { first.Services.GetRequiredService<TenantTurns>(), second.Services.GetRequiredService<TenantTurns>() };

        var taken = new List<DateTimeOffset>();
        for (var i = 0; i < 24; i++)
        {
            taken.Add(await turns[i % 2].TakeTurnAsync(CancellationToken.None));
        }

        var ordered = taken.Order().ToList();
        Assert.All(ordered.Zip(ordered.Skip(1)), pair => Assert.True(pair.Second - pair.First >= TimeSpan.FromMilliseconds(25), $"{pair.First:O} and {pair.Second:O} are closer than one turn"));
    }

    [Fact]
    public async Task ARetryAfterSeenByOneInstanceHoldsBackTheOther()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        using var first = new ReformBotFactory(Settings, database: database);
        using var second = new ReformBotFactory(Settings, database: database);
        var before = DateTimeOffset.FromUnixTimeMilliseconds(TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds());

        await first.Services.GetRequiredService<TenantTurns>().PauseForAsync(TimeSpan.FromSeconds(2), CancellationToken.None);

        Assert.True(await second.Services.GetRequiredService<TenantTurns>().TakeTurnAsync(CancellationToken.None) >= before + TimeSpan.FromSeconds(2));
    }

    public sealed class OnSqlite() : TenantTurnsTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : TenantTurnsTests(StorageProvider.Postgres);
}
