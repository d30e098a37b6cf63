using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// The plans' state is read once and kept while nothing changes; an import or a status change saved in between is
/// seen by the very next round.
/// </summary>
public abstract class PlanStateCacheTests : IDisposable
{
    private static readonly DateOnly DueOn = new(2024, 6, 12);
    private static readonly DateTimeOffset From = ReminderHost.Local("2024-06-12T07:00:00");
    private static readonly DateTimeOffset UpTo = ReminderHost.Local("2024-06-12T09:00:00");

    private readonly ManualTimeProvider clock = new(ReminderPlans.LoadedAt);
    private readonly ReformBotFactory factory;

    protected PlanStateCacheTests(StorageProvider storage)
    {
        factory = new ReformBotFactory(configureServices: services => services.AddSingleton<TimeProvider>(clock), storage: storage);
        _ = factory.Services;
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private static JsonObject PlanWith(params string[] taskRefs)
    {
        var plan = PlanJson.Load(ReminderPlans.LapVo);
        foreach (var taskRef in taskRefs)
        {
            plan["tasks"]!.AsArray().Add(ReminderPlans.NewTask(taskRef, "LV-VP", "lv.vp.cv1", JsonValue.Create(DueOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))!));
        }

        return plan;
    }

    private async Task ImportAsync(JsonObject plan)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => e.Message)));
    }

    private async Task<List<string>> DueRefsAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var due = await scope.ServiceProvider.GetRequiredService<ReminderPlanning>().DueAsync(From, UpTo, CancellationToken.None);
        return [.. due.Where(r => r.OfficerId == "lv.vp.cv1" && r.ItemRef.StartsWith("T.", StringComparison.Ordinal)).Select(r => r.ItemRef).Distinct().Order(StringComparer.Ordinal)];
    }

    private async Task<PlanStateSnapshot> SnapshotAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ReminderPlanStates>().SnapshotAsync(CancellationToken.None);
    }

    [Fact]
    public async Task RoundsWithNothingChangedShareOneReadOfThePlans()
    {
        await ImportAsync(PlanWith("T.1"));

        var first = await SnapshotAsync();
        var second = await SnapshotAsync();

        Assert.Same(first, second);
    }

    [Fact]
    public async Task AnImportIsSeenByTheNextRound()
    {
        await ImportAsync(PlanWith("T.1"));
        Assert.Equal(["T.1"], await DueRefsAsync());

        await ImportAsync(PlanWith("T.1", "T.2"));

        Assert.Equal(["T.1", "T.2"], await DueRefsAsync());
    }

    [Fact]
    public async Task AStatusChangeIsSeenByTheNextRound()
    {
        await ImportAsync(PlanWith("T.1", "T.2"));
        Assert.Equal(["T.1", "T.2"], await DueRefsAsync());

        await using (var db = factory.CreateDbContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Ref == "T.1");
            task.Update(TaskState.Done, 100, "lv.vp.cv1", "msteams", null, clock.GetUtcNow());
            await db.SaveChangesAsync();
        }

        Assert.Equal(["T.2"], await DueRefsAsync());
    }

    public sealed class OnSqlite() : PlanStateCacheTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : PlanStateCacheTests(StorageProvider.Postgres);
}
