using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Reminders to a Teams user through the fake Bot Connector: Retry-After honoured inside the call and, when longer, by
/// the outbox; dead letters after the configured attempts.
/// </summary>
public abstract class ReminderTeamsDeliveryTests(StorageProvider storage) : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(realConversation: true, settings: new Dictionary<string, string?> { ["Delivery:MaxAttempts"] = "3" }, storage: storage);

        // The plan is loaded on the day the test runs in: loaded at the wall clock's time, every 2024 item would be past
        // due at load and left out of the reminders.
        host.Clock.Set(ReminderHost.Local("2024-11-28T09:00:00"));
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == "lv.vp.cv1")["accounts"] =
            new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        using (var scope = host.Factory.Services.CreateScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None)).IsRejected);
        }

        // The officer has written to the bot once, so the service holds a conversation to reach them in.
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "xin chào"), host.ChannelToken());
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");

        await CycleAsync();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private Task<ReminderCycleResult> CycleAsync() => host.Service<ReminderCycle>().RunAsync(CancellationToken.None);

    private IReadOnlyList<RecordedRequest> ProactiveSends() =>
        [.. host.Connector.Requests.Where(r => r.Method == "POST" && r.RawTarget.EndsWith("/activities", StringComparison.Ordinal))];

    private async Task<OutboxMessage> OutboxOfOfficerAsync()
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.OfficerId == "lv.vp.cv1");
    }

    private async Task<List<DeliveryAttempt>> AttemptsAsync(long messageId)
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.DeliveryAttempts.AsNoTracking().Where(a => a.OutboxMessageId == messageId).OrderBy(a => a.Id).ToListAsync();
    }

    [Fact]
    public async Task TooManyRequestsWithAShortRetryAfterIsWaitedOutAndTheReminderGoesOnce()
    {
        host.Connector.Script(ScriptedResponse.Error(429, "TooManyRequests", retryAfterSeconds: 1));
        host.Clock.Set(ReminderHost.Local("2024-11-29T08:00:00"));

        var cycle = await CycleAsync();

        var sends = ProactiveSends();
        Assert.Equal(2, sends.Count);
        Assert.Equal(1, cycle.Delivered);
        var message = await OutboxOfOfficerAsync();
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal("msteams", message.Channel);
        var card = JsonNode.Parse(sends[1].Body)!["attachments"]![0]!["content"]!;
        Assert.Contains("2.b", card.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal([AttemptStatus.Sent], (await AttemptsAsync(message.Id)).Select(a => a.Status));

        await CycleAsync();
        Assert.Equal(2, ProactiveSends().Count);
    }

    [Fact]
    public async Task LongRetryAfterIsHonouredByTheOutboxThenTheMessageGoes()
    {
        host.Connector.Script(ScriptedResponse.Error(429, "TooManyRequests", retryAfterSeconds: 120));
        host.Clock.Set(ReminderHost.Local("2024-11-29T08:00:00"));

        var first = await CycleAsync();

        Assert.Equal(1, first.Failed);
        var waiting = await OutboxOfOfficerAsync();
        Assert.Equal(OutboxState.Pending, waiting.State);
        Assert.Equal(ReminderHost.Local("2024-11-29T08:02:00"), waiting.NextAttemptAt);

        host.Clock.Advance(TimeSpan.FromSeconds(60));
        await CycleAsync();
        Assert.Single(ProactiveSends());

        host.Clock.Advance(TimeSpan.FromSeconds(61));
        var second = await CycleAsync();

        Assert.Equal(1, second.Delivered);
        Assert.Equal(2, ProactiveSends().Count);
        var sent = await OutboxOfOfficerAsync();
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal([AttemptStatus.RetryLater, AttemptStatus.Sent], (await AttemptsAsync(sent.Id)).Select(a => a.Status));
    }

    [Fact]
    public async Task AMessageThatKeepsFailingBecomesADeadLetterListedByTheAdminApi()
    {
        host.Connector.Script(
            ScriptedResponse.Error(503, "ServiceUnavailable", retryAfterSeconds: 600),
            ScriptedResponse.Error(503, "ServiceUnavailable", retryAfterSeconds: 600),
            ScriptedResponse.Error(503, "ServiceUnavailable", retryAfterSeconds: 600));
        host.Clock.Set(ReminderHost.Local("2024-11-29T08:00:00"));
        await CycleAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await CycleAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(11));
        await CycleAsync();

        var dead = await OutboxOfOfficerAsync();
        Assert.Equal(OutboxState.Dead, dead.State);
        Assert.Equal(3, dead.Attempts);
        await using (var db = host.Factory.CreateDbContext())
        {
            Assert.All(await db.Reminders.Where(r => r.OutboxMessageId == dead.Id).ToListAsync(), r => Assert.Equal(ReminderState.Dead, r.State));
        }

        using var client = host.Factory.CreateClient();
        var listed = JsonNode.Parse(await client.GetStringAsync("/api/admin/outbox?state=dead"))!.AsArray();
        var row = Assert.Single(listed);
        Assert.Equal("lv.vp.cv1", (string?)row!["officerId"]);
        Assert.Contains("ServiceUnavailable", (string?)row["lastError"], StringComparison.Ordinal);
        Assert.NotEmpty(row["reminders"]!.AsArray());

        host.Clock.Advance(TimeSpan.FromHours(1));
        await CycleAsync();
        Assert.Equal(3, ProactiveSends().Count);
    }

    public sealed class OnSqlite() : ReminderTeamsDeliveryTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ReminderTeamsDeliveryTests(StorageProvider.Postgres);
}
