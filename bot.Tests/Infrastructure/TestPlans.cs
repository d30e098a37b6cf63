using System.Text.Json.Nodes;
using ReformBot.Storage;

namespace ReformBot.Tests.Infrastructure;

/// <summary>Loads fixture plans into a test database through the real plan store.</summary>
public static class TestPlans
{
    public static readonly DateTimeOffset LoadedAt = new(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public static async Task LoadAsync(TestDatabase database, string fixture, Action<JsonObject>? edit = null)
    {
        var plan = PlanJson.Load(fixture);
        edit?.Invoke(plan);
        await using var db = database.CreateContext();
        var result = await new PlanStore(db, new ManualTimeProvider(LoadedAt)).ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        if (result.IsRejected)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        }
    }
}
