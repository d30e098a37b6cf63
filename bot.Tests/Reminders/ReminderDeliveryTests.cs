using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Reminders end to end through the test clock's HTTP endpoint: planned by the real planner, written with their outbox
/// rows in the database (SQLite, and PostgreSQL when available), delivered by the outbox worker, across restarts and downtime.
/// </summary>
public abstract class ReminderDeliveryTests(StorageProvider storage) : IDisposable
{
    private readonly TestDatabase database = TestDatabase.Create(storage);

    private TestDatabase Database => database;

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task MovingTheClockThroughAMonthDeliversEachReminderOnceOnItsDay()
    {
        var start = ReminderHost.Local("2024-11-01T07:00:00");
        var end = ReminderHost.Local("2024-12-01T12:00:00");
        await using var host = ReminderHost.Start(Database, start);
        await host.ImportAsync();

        var moved = await host.MoveAsync(end);

        var reminders = await host.RemindersAsync();
        var expected = await host.InScopeAsync(sp => sp.GetRequiredService<ReminderPlanning>().DueAsync(start, end, CancellationToken.None));
        Assert.Equal(expected.Select(r => r.DedupeKey).Order(StringComparer.Ordinal), reminders.Select(r => r.DedupeKey).Order(StringComparer.Ordinal));
        Assert.Equal(reminders.Count, moved.Planned);
        Assert.NotEmpty(reminders);
        Assert.All(reminders, r =>
        {
            Assert.Equal(ReminderState.Sent, r.State);
            Assert.Equal(VietnamTime.DateOf(r.DueAt), VietnamTime.DateOf(r.Message.SentAt!.Value));
            Assert.True(new WorkingCalendar().IsWorkingDay(VietnamTime.DateOf(r.DueAt)), r.DedupeKey);
        });

        // One message per person per moment, and every sent message reached the channel exactly once.
        var messages = reminders.GroupBy(r => r.OutboxMessageId).ToList();
        Assert.All(messages, m => Assert.Single(m.Select(r => (r.OfficerId, r.DueAt)).Distinct()));
        Assert.Equal(messages.Count, reminders.Select(r => (r.OfficerId, r.DueAt)).Distinct().Count());
        Assert.Equal(messages.Count + (await host.OutboxAsync()).Count(m => m.Kind == OutboxKinds.Message && m.State == OutboxState.Sent), host.Channel.Sent.Count);
        Assert.Equal(moved.Delivered, host.Channel.Sent.Count);

        // Tasks 2.b, 6.a, 6.b due Saturday 30/11: reminded on Friday 29/11 with one message listing them.
        var friday = reminders.Where(r => r.OfficerId == "lv.vp.cv1" && VietnamTime.DateOf(r.DueAt) == new DateOnly(2024, 11, 29)).ToList();
        Assert.Contains(friday, r => r.ItemRef == "2.b" && r.Stage == ReminderStage.DueDay);
        Assert.Contains(friday, r => r.ItemRef == "6.b" && r.Stage == ReminderStage.DueDay);
        Assert.Single(friday.Select(r => r.OutboxMessageId).Distinct());
        Assert.DoesNotContain(reminders, r => r.Stage is ReminderStage.Overdue1WorkingDay && r.ItemRef == "2.b");
    }

    [Fact]
    public async Task DoneTaskAndSubmittedReportGetNoFurtherReminders()
    {
        await using var host = ReminderHost.Start(Database, ReminderHost.Local("2024-11-18T07:00:00"));
        await host.ImportAsync();
        await host.MoveAsync(ReminderHost.Local("2024-11-25T09:00:00"));
        var doneAt = ReminderHost.Local("2024-11-25T09:00:00");
        await using (var db = host.CreateContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Ref == "2.b");
            db.TaskStatusChanges.Add(task.Update(TaskState.Done, 100, "lv.vp.cv1", "test", null, doneAt)!);
            var period = await db.ReportPeriods.SingleAsync(p => p.DueDate == new DateOnly(2024, 12, 2) && db.ReportSchedules.Any(s => s.Id == p.ScheduleId && s.Code == "BC-THANG"));
            (await db.ReportSubmissions.SingleAsync(s => s.PeriodId == period.Id && s.UnitCode == "LV-VP")).MarkSubmitted("lv.vp.cv1", "test", null, doneAt);
            await db.SaveChangesAsync();
        }

        await host.MoveAsync(ReminderHost.Local("2024-12-20T09:00:00"));

        var reminders = await host.RemindersAsync();
        Assert.Contains(reminders, r => r.ItemRef == "2.b" && r.DueAt < doneAt);
        Assert.DoesNotContain(reminders, r => r.ItemRef == "2.b" && r.DueAt > doneAt);
        Assert.DoesNotContain(reminders, r => r.ItemRef == "BC-THANG" && r.UnitCode == "LV-VP" && r.Occurrence == new DateOnly(2024, 12, 2) && r.DueAt > doneAt);
        Assert.Contains(reminders, r => r.ItemRef == "BC-THANG" && r.UnitCode == "LV-PNV" && r.Occurrence == new DateOnly(2024, 12, 2) && r.Stage == ReminderStage.DueDay);
        Assert.Contains(reminders, r => r.ItemRef == "6.b" && r.Stage == ReminderStage.Overdue1WorkingDay);
    }

    [Fact]
    public async Task RestartBetweenTwoDueTimesNeitherRepeatsNorMissesAnything()
    {
        var start = ReminderHost.Local("2024-11-25T07:00:00");
        var end = ReminderHost.Local("2024-11-29T12:00:00");
        int sentBefore;
        await using (var first = ReminderHost.Start(Database, start))
        {
            await first.ImportAsync();
            await first.MoveAsync(ReminderHost.Local("2024-11-27T12:00:00"));
            sentBefore = first.Channel.Sent.Count;
            Assert.True(sentBefore > 0);
        }

        await using var second = ReminderHost.Start(Database, ReminderHost.Local("2024-11-27T12:05:00"));
        var moved = await second.MoveAsync(end);

        var reminders = await second.RemindersAsync();
        var expected = await second.InScopeAsync(sp => sp.GetRequiredService<ReminderPlanning>().DueAsync(start, end, CancellationToken.None));
        Assert.Equal(expected.Select(r => r.DedupeKey).Order(StringComparer.Ordinal), reminders.Select(r => r.DedupeKey).Order(StringComparer.Ordinal));
        Assert.All(reminders, r => Assert.Equal(VietnamTime.DateOf(r.DueAt), VietnamTime.DateOf(r.Message.SentAt!.Value)));
        Assert.Equal(reminders.Count(r => r.DueAt > ReminderHost.Local("2024-11-27T12:00:00")), moved.Planned);
        var sentMessages = (await second.OutboxAsync()).Count(m => m.State == OutboxState.Sent);
        Assert.Equal(sentMessages, sentBefore + second.Channel.Sent.Count);
    }

    [Fact]
    public async Task AfterDowntimeMissedRemindersGoOutOnceCollapsedIntoOneMessagePerPerson()
    {
        var stoppedAt = ReminderHost.Local("2024-11-25T09:00:00");
        await using (var first = ReminderHost.Start(Database, ReminderHost.Local("2024-11-25T07:00:00")))
        {
            await first.ImportAsync();
            await first.MoveAsync(stoppedAt);
        }

        // Off across 26/11, 27/11 and 28/11 at 08:00; back at 09:00 on the 28th.
        var back = ReminderHost.Local("2024-11-28T09:00:00");
        await using var second = ReminderHost.Start(Database, back);
        await second.MoveAsync(back.AddSeconds(5));

        var caughtUp = (await second.RemindersAsync()).Where(r => r.DueAt > stoppedAt).ToList();
        var missed = await second.InScopeAsync(sp => sp.GetRequiredService<ReminderPlanning>().DueAsync(stoppedAt, back, CancellationToken.None));
        Assert.Equal(missed.Select(r => r.DedupeKey).Order(StringComparer.Ordinal), caughtUp.Select(r => r.DedupeKey).Order(StringComparer.Ordinal));
        Assert.NotEmpty(caughtUp);
        var byPerson = caughtUp.GroupBy(r => r.OfficerId).ToList();
        Assert.All(byPerson, person => Assert.Single(person.Select(r => r.OutboxMessageId).Distinct()));
        Assert.All(caughtUp, r => Assert.Equal(ReminderState.Sent, r.State));
        Assert.Equal(byPerson.Count, second.Channel.Sent.Select(s => s.OfficerId).Distinct().Count());
        Assert.Equal(byPerson.Count, second.Channel.Sent.Count(s => byPerson.Any(p => p.Key == s.OfficerId) && s.Message.Card is not null));
        Assert.All(byPerson, person => Assert.Single(second.Channel.To(person.Key)));
    }

    [Fact]
    public async Task UnreachableOfficersAreReportedToTheirHeadAndTheCoordinatorInOneNoticeADay()
    {
        await using var host = ReminderHost.Start(Database, ReminderHost.Local("2024-11-29T07:00:00"));
        host.Channel.Unreachable.Add("lv.vp.cv1");
        host.Channel.Unreachable.Add("lv.pvhtt.cv1");
        await host.ImportAsync();

        await host.MoveAsync(ReminderHost.Local("2024-11-29T09:00:00"));
        await host.MoveAsync(ReminderHost.Local("2024-11-29T16:00:00"));

        Assert.Empty(host.Channel.To("lv.vp.cv1"));
        var outbox = await host.OutboxAsync();
        Assert.Contains(outbox, m => m.OfficerId == "lv.vp.cv1" && m.State == OutboxState.Unreachable);
        var notices = outbox.Where(m => m.Kind == OutboxKinds.Message).ToList();
        Assert.All(notices, n => Assert.Equal(OutboxState.Sent, n.State));

        // Loaded on 29/11, the plan's tasks 2.c and 3.b were already overdue: the coordinator's one list of them went
        // right after the load and is not an unreachable notice.
        var pastDue = Assert.Single(notices, n => n.DedupeKey?.StartsWith("pastdue|", StringComparison.Ordinal) == true);
        Assert.Equal("lv.pnv.tp", pastDue.OfficerId);
        notices.Remove(pastDue);

        // The coordinator hears of both in one message; each unit head only of their own officer.
        var coordinator = Assert.Single(notices, n => n.OfficerId == "lv.pnv.tp");
        Assert.Contains("Chuyên viên Văn phòng 1", coordinator.Text, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên Văn hóa 1", coordinator.Text, StringComparison.Ordinal);
        var head = Assert.Single(notices, n => n.OfficerId == "lv.vp.cvp");
        Assert.Contains("Chuyên viên Văn phòng 1", head.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Chuyên viên Văn hóa 1", head.Text, StringComparison.Ordinal);
        Assert.Single(notices, n => n.OfficerId == "lv.pvhtt.tp");
        Assert.Contains(host.Channel.To("lv.vp.cvp"), m => m.Text.StartsWith("Không gửi được lời nhắc", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PlanRevisionMovesFutureRemindersStopsCancelledTasksAndNeverResendsOne()
    {
        await using var host = ReminderHost.Start(Database, ReminderHost.Local("2024-11-20T07:00:00"));
        await host.ImportAsync();
        var revisedAt = ReminderHost.Local("2024-11-25T09:00:00");
        await host.MoveAsync(revisedAt);
        var sentBefore = (await host.RemindersAsync()).Where(r => r.ItemRef == "2.b").Select(r => r.DedupeKey).ToList();
        Assert.NotEmpty(sentBefore);

        var plan = PlanJson.Load("lapvo-104-2024.json");
        PlanJson.Task(plan, "2.b")["deadline"] = "2024-12-20";
        var tasks = plan["tasks"]!.AsArray();
        tasks.Remove(tasks.Single(t => (string?)t!["ref"] == "6.a"));
        await host.ImportAsync(plan);
        await host.MoveAsync(ReminderHost.Local("2024-12-31T09:00:00"));

        var after = (await host.RemindersAsync()).Where(r => r.DueAt > revisedAt).ToList();
        Assert.DoesNotContain(after, r => r.ItemRef == "6.a");
        Assert.DoesNotContain(after, r => r.ItemRef == "2.b" && r.Occurrence == new DateOnly(2024, 11, 30));
        Assert.Contains(after, r => r.ItemRef == "2.b" && r.Occurrence == new DateOnly(2024, 12, 20) && r.Stage == ReminderStage.Before7Days
            && VietnamTime.DateOf(r.DueAt) == new DateOnly(2024, 12, 13));
        Assert.Contains(after, r => r.ItemRef == "2.b" && r.Stage == ReminderStage.Overdue1WorkingDay && VietnamTime.DateOf(r.DueAt) == new DateOnly(2024, 12, 23));
        Assert.Contains(after, r => r.ItemRef == "6.b" && r.Stage == ReminderStage.Overdue1WorkingDay);
        Assert.Empty(after.Select(r => r.DedupeKey).Intersect(sentBefore));
    }

    [Fact]
    public async Task ClockRefusesToGoBackAndAdminApiListsUpcomingReminders()
    {
        await using var host = ReminderHost.Start(Database, ReminderHost.Local("2024-11-25T07:00:00"));
        await host.ImportAsync();

        var back = await host.Client.PostAsJsonAsync("/api/testing/clock", new { now = ReminderHost.Local("2024-11-01T07:00:00") });
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, back.StatusCode);
        foreach (var body in new[] { "{\"now\":\"garbage\"}", "not json", "{}" })
        {
            var refused = await host.Client.PostAsync("/api/testing/clock", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("Invalid clock move", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var clock = JsonNode.Parse(await host.Client.GetStringAsync("/api/testing/clock"))!;
        Assert.StartsWith("2024-11-25T07:00", (string?)clock["now"], StringComparison.Ordinal);

        var upcoming = JsonNode.Parse(await host.Client.GetStringAsync("/api/admin/reminders?from=2024-11-29&to=2024-11-29&officer=lv.vp.cv1"))!.AsArray();
        Assert.Contains(upcoming, r => (string?)r!["item"] == "2.b" && (string?)r["stage"] == "due" && (string?)r["state"] == "Upcoming");
        Assert.All(upcoming, r => Assert.Equal("lv.vp.cv1", (string?)r!["officerId"]));

        var bad = await host.Client.GetAsync("/api/admin/reminders?from=yesterday");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, bad.StatusCode);
        var badState = await host.Client.GetAsync("/api/admin/outbox?state=lost");
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, badState.StatusCode);

        var health = JsonNode.Parse(await host.Client.GetStringAsync("/healthz"))!;
        Assert.Equal("healthy", (string?)health["checks"]!["scheduler"]!["status"]);
    }

    public sealed class OnSqlite() : ReminderDeliveryTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ReminderDeliveryTests(StorageProvider.Postgres);
}
