using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.Reminders;

namespace ReformBot.Tests.Delivery;

public sealed class OutboxHealthTests : IDisposable
{
    private readonly TestDatabase health = TestDatabase.Create();
    private readonly TestDatabase stopped = TestDatabase.Create();

    public void Dispose()
    {
        health.Dispose();
        stopped.Dispose();
    }

    [Fact]
    public async Task HealthzShowsTheBacklogTheOldestDueRowTheDeadLettersAndTheLastRound()
    {
        await using var host = ReminderHost.Start(health, ReminderHost.Local("2024-11-20T09:00:00"));
        await host.MoveAsync(ReminderHost.Local("2024-11-20T09:30:00"));
        await using (var db = host.CreateContext())
        {
            var at = ReminderHost.Local("2024-11-20T08:00:00");
            db.OutboxMessages.Add(OutboxMessage.Stored("lv.vp.cv1", OutgoingMessage.PlainText("Chờ"), at, ReminderHost.Local("2024-11-21T08:00:00")));
            var held = OutboxMessage.Stored("lv.vp.cv2", OutgoingMessage.PlainText("Đang gửi"), at, ReminderHost.Local("2024-11-20T08:50:01"));
            db.OutboxMessages.Add(held);
            var dead = OutboxMessage.Stored("lv.vp.cv3", OutgoingMessage.PlainText("Hỏng"), at, at);
            dead.Settle(OutboxState.Dead, "scripted");
            db.OutboxMessages.Add(dead);
            await db.SaveChangesAsync();

            // Held by a sender (of another instance) for the next hour: due, but nobody here sends it meanwhile.
            var until = ReminderHost.Local("2024-11-20T10:00:00");
            await db.OutboxMessages.Where(m => m.Id == held.Id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until));
        }

        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["outbox"]!;
        Assert.Equal("healthy", (string?)outbox["status"]);
        Assert.Equal(2, (int?)outbox["data"]!["pending"]);
        Assert.Equal(1, (int?)outbox["data"]!["dead"]);
        Assert.True((long?)outbox["data"]!["oldestDueAgeSeconds"] >= 600, outbox.ToJsonString());
        Assert.Equal("running", (string?)outbox["data"]!["sender"]);
        Assert.NotNull(outbox["data"]!["lastRoundAt"]);
    }

    [Fact]
    public async Task HealthzAnswers503WhenTheSchedulerThatRunsTheSenderStops()
    {
        await using var host = ReminderHost.Start(stopped, ReminderHost.Local("2024-11-20T09:00:00"));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/healthz")).StatusCode);

        await host.InScopeAsync(async sp =>
        {
            await (await sp.GetRequiredService<ISchedulerFactory>().GetScheduler()).Standby();
            return 0;
        });
        using var response = await host.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var outbox = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["checks"]!["outbox"]!;
        Assert.Equal("unhealthy", (string?)outbox["status"]);
        Assert.Equal("stopped", (string?)outbox["data"]!["sender"]);
    }
}
