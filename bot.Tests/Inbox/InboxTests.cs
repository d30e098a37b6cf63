using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Inbox;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Inbox;

/// <summary>
/// Acknowledged means stored: Teams activities through <c>/api/messages</c> with the service's own conversation, the
/// Lấp Vò plan and the fake connector; hosts stopped and started again on the same database, SQLite or PostgreSQL.
/// </summary>
public abstract class InboxTests(StorageProvider storage)
{
    private static readonly int[] FirstPercents = [10, 20, 30];

    private static string Progress(int percent) => $"đang làm, được {percent}% nv 2.a";

    private Task<BotTestHost> StartAsync() => BotTestHost.StartAsync(storage: storage);

    private async Task<BotTestHost> StartWithPlanAsync(IDictionary<string, string?>? settings = null)
    {
        var host = await BotTestHost.StartAsync(settings: settings, realConversation: true, storage: storage);
        var plan = PlanJson.Load("lapvo-104-2024.json");
        var officer = plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == "lv.vp.cv1");
        officer["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        using var scope = host.Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected);
        return host;
    }

    private static async Task<List<int>> ProgressHistoryAsync(BotTestHost host)
    {
        await using var db = host.Factory.CreateDbContext();
        var task = await db.Tasks.AsNoTracking().SingleAsync(t => t.Ref == "2.a");
        return await db.TaskStatusChanges.AsNoTracking().Where(c => c.TaskId == task.Id).OrderBy(c => c.Id).Select(c => c.NewProgress).ToListAsync();
    }

    private static async Task<List<InboxItem>> ItemsAsync(BotTestHost host)
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.InboxItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    private static async Task AllDoneAsync(BotTestHost host, int count) =>
        Assert.Equal(Enumerable.Repeat(InboxState.Done, count), (await InboxSettled.WaitAsync(host.Factory)).Select(i => i.State));

    [Fact]
    public async Task AcknowledgedUpdatesOfAHostThatStopsBeforeHandlingThemAreAppliedOnceInOrderByTheNextHost()
    {
        await using var host = await StartWithPlanAsync();
        await host.StopInboxWorkerAsync();
        var percents = Enumerable.Range(1, 19).Select(i => i * 5).ToList();

        foreach (var (percent, i) in percents.Select((p, i) => (p, i)))
        {
            var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, Progress(percent), $"msg-{i}"), host.ChannelToken());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        // Every 200 is a stored row, none handled yet.
        Assert.Equal(percents.Count, (await ItemsAsync(host)).Count(i => i.State == InboxState.Pending));
        Assert.Empty(await ProgressHistoryAsync(host));

        await host.RestartAsync();

        await AllDoneAsync(host, percents.Count);
        Assert.Equal(percents, await ProgressHistoryAsync(host));
        await host.Connector.WaitForAsync(r => r.Method == "POST" && r.RawTarget.Contains("/activities/msg-", StringComparison.Ordinal), percents.Count);
    }

    [Fact]
    public async Task TheSameActivityIdTwiceAndAfterARestartIsAppliedOnce()
    {
        await using var host = await StartWithPlanAsync();
        var first = Activities.Message(host.Connector.ServiceUrl, Progress(30), "msg-1");

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(first, host.ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(first, host.ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, Progress(60), "msg-2"), host.ChannelToken())).StatusCode);
        await AllDoneAsync(host, 2);

        await host.RestartAsync();
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(first, host.ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "giúp", "msg-3"), host.ChannelToken())).StatusCode);

        // msg-3 comes after the replay in the same conversation: once it is done, the replay was dealt with.
        await AllDoneAsync(host, 3);
        Assert.Equal([30, 60], await ProgressHistoryAsync(host));
        Assert.Single(host.Connector.Requests, r => r.Method == "POST" && r.RawTarget.EndsWith("/activities/msg-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StoppingFinishesTheItemInHandAndLeavesTheRestPendingForTheNextHost()
    {
        await using var host = await StartAsync();
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Conversation.Gate = gate;

        // Stored first, then the worker starts: "hold" keeps its transaction open until the gate opens.
        await host.StopInboxWorkerAsync();
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hold", "msg-0"), host.ChannelToken());
        foreach (var i in Enumerable.Range(1, 5))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, $"n{i}", $"msg-{i}"), host.ChannelToken())).StatusCode);
        }

        await host.Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<InboxWorker>().Single().StartAsync(CancellationToken.None);
        await host.Conversation.Holding.Task;
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Service<Microsoft.Extensions.Hosting.IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        var stop = host.StopAsync();
        await stopping.Task;
        gate.SetResult();
        await stop;

        // The item in hand was finished and answered; the others were not touched.
        Assert.Equal(["hold"], host.Conversation.Received.Select(m => m.Text));
        Assert.Single(host.Connector.Requests, r => r.RawTarget.EndsWith("/activities/msg-0", StringComparison.Ordinal));
        await using (var db = host.Database.CreateContext())
        {
            var states = await db.InboxItems.AsNoTracking().OrderBy(i => i.Id).Select(i => i.State).ToListAsync();
            Assert.Equal([InboxState.Done, .. Enumerable.Repeat(InboxState.Pending, 5)], states);
        }

        await host.RestartAsync();

        await AllDoneAsync(host, 6);
        Assert.Equal(["hold", "n1", "n2", "n3", "n4", "n5"], host.Conversation.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task RefusedBotTokenMakesRepliesWaitWhileLaterUpdatesAreAppliedAndTheServiceStaysUp()
    {
        await using var host = await StartWithPlanAsync();
        host.Tokens.RefuseClient = true;

        foreach (var (percent, i) in FirstPercents.Select((p, i) => (p, i)))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, Progress(percent), $"msg-{i}"), host.ChannelToken())).StatusCode);
        }

        // Each reply asked Entra for a token after its change was committed, and was refused.
        await Eventually.WaitAsync(async () => (await ItemsAsync(host)).Count(i => i.Attempts == 1) == 3, "three failed sends");
        Assert.Equal([10, 20, 30], await ProgressHistoryAsync(host));
        var items = await ItemsAsync(host);
        Assert.All(items, i => Assert.Equal(InboxState.Replying, i.State));
        Assert.All(items, i => Assert.Contains("AADSTS7000215", i.LastError, StringComparison.Ordinal)); // Entra's invalid_client answer
        Assert.DoesNotContain(host.Connector.Requests, r => r.RawTarget.Contains("/activities/msg-", StringComparison.Ordinal));

        var health = JsonNode.Parse(await (await host.GetAsync("/healthz")).Content.ReadAsStringAsync())!;
        Assert.Equal(true, (bool?)health["checks"]!["inbox"]!["data"]!["workerRunning"]);
        Assert.Equal(3, (int?)health["checks"]!["inbox"]!["data"]!["backlog"]);

        // Entra accepts the secret again: once the backoff has passed the replies go, and nothing is applied twice.
        host.Tokens.RefuseClient = false;
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, Progress(40), "msg-3"), host.ChannelToken())).StatusCode);
        await AllDoneAsync(host, 4);
        Assert.Equal([10, 20, 30, 40], await ProgressHistoryAsync(host));
        await host.Connector.WaitForAsync(r => r.Method == "POST" && r.RawTarget.Contains("/activities/msg-", StringComparison.Ordinal), 4);
    }

    [Fact]
    public async Task RepeatedCardActionChangesNothing()
    {
        await using var host = await StartWithPlanAsync();
        var tap = Activities.Execute(host.Connector.ServiceUrl, ReformBot.Cards.CardVerbs.TaskDone, new JsonObject { ["planCode"] = "104/KH-UBND", ["taskRef"] = "2.a" });

        var first = JsonNode.Parse(await (await host.PostAsync(tap, host.ChannelToken())).Content.ReadAsStringAsync())!;
        var again = JsonNode.Parse(await (await host.PostAsync(tap, host.ChannelToken())).Content.ReadAsStringAsync())!;

        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)first["type"]);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)again["type"]);
        await using var db = host.Factory.CreateDbContext();
        Assert.Single(await db.TaskStatusChanges.AsNoTracking().ToListAsync());
        Assert.Single(await db.InboxItems.AsNoTracking().ToListAsync());
    }

    [Fact]
    public async Task HealthIsUnhealthyWhenTheWorkerIsNotRunningAndShowsTheBacklog()
    {
        await using var host = await StartAsync();
        await host.StopInboxWorkerAsync();
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "a", "msg-1"), host.ChannelToken());
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "b", "msg-2"), host.ChannelToken());

        var response = await host.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var inbox = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["inbox"]!;
        Assert.Equal("unhealthy", (string?)inbox["status"]);
        Assert.Equal(false, (bool?)inbox["data"]!["workerRunning"]);
        Assert.Equal(2, (int?)inbox["data"]!["backlog"]);
        Assert.Equal(0, (int?)inbox["data"]!["deadLetters"]);
        Assert.NotNull(inbox["data"]!["oldestPendingAgeSeconds"]);
    }

    [Fact]
    public async Task HandledItemsAreKeptForTheRetentionAndThenPruned()
    {
        await using var host = await StartAsync();
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "msg-1"), host.ChannelToken());
        await AllDoneAsync(host, 1);

        Assert.Equal(0, await PruneAsync(host));
        host.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        Assert.Equal(1, await PruneAsync(host));
        Assert.Empty(await ItemsAsync(host));
    }

    private static async Task<int> PruneAsync(BotTestHost host)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InboxStore>().PruneAsync(CancellationToken.None);
    }

    public sealed class OnSqlite() : InboxTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : InboxTests(StorageProvider.Postgres);
}
