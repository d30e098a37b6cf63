using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using Xunit.Abstractions;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Two months of a province plan (9 people, 6 tasks, a monthly and a yearly report, two tasks already overdue at the load), loaded on
/// 01/11/2024 and the test clock moved through its HTTP endpoint day by day to 31/12/2024, as issue 13 measured it;
/// a revision on 15/11 moves a deadline, so one person also has a plan-change notice.
/// </summary>
public abstract class TwoMonthSimulationTests(StorageProvider storage, ITestOutputHelper output) : IDisposable
{
    private static readonly DateTimeOffset Start = ReminderHost.Local("2024-11-01T07:00:00");
    private static readonly DateTimeOffset End = ReminderHost.Local("2024-12-31T23:00:00");
    private static readonly DateOnly RevisedOn = new(2024, 11, 15);

    private readonly TestDatabase database = TestDatabase.Create(storage);

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task TwoMonthsOfAPlanGiveEachPersonAtMostOneMessageADayAndForgetNothing()
    {
        await using var host = ReminderHost.Start(database, Start);
        var run = await RunAsync(host);
        var calendar = new WorkingCalendar();

        foreach (var person in run.People)
        {
            output.WriteLine($"{person}: {run.Count(person)} messages on {run.Days.Count(d => d.Value.Any(s => s.OfficerId == person))} days");
        }

        // At most one proactive message per person per day, only on working days, and about 20 in the nine weeks (the
        // nine weekly days plus the staged reminders of their own items; the old code sent 38–43 to six of them).
        Assert.All(run.Days, day =>
        {
            Assert.All(day.Value.GroupBy(s => s.OfficerId), person => Assert.Single(person));
            Assert.True(day.Value.Count == 0 || calendar.IsWorkingDay(day.Key), $"{day.Key}: messages on a day off");
        });
        Assert.Equal(9, run.People.Count);
        Assert.All(run.People, person => Assert.InRange(run.Count(person), 1, 21));

        // Nothing forgotten: every reminder the policy stages was sent, in the message of its own day.
        var expected = await host.InScopeAsync(sp => sp.GetRequiredService<ReminderPlanning>().DueAsync(Start, End, CancellationToken.None));
        Assert.Equal(expected.Select(r => r.DedupeKey).Order(StringComparer.Ordinal), run.Reminders.Select(r => r.DedupeKey).Order(StringComparer.Ordinal));
        Assert.All(run.Reminders, r =>
        {
            Assert.Equal(ReminderState.Sent, r.State);
            Assert.Equal(VietnamTime.DateOf(r.DueAt), VietnamTime.DateOf(r.Message.SentAt!.Value));
        });

        // Task 2, due Friday 29/11: reminded on 22/11 (7 days), 26/11 (3 days), 28/11 (1 working day) and 29/11.
        foreach (var (day, stage) in new[] { (22, ReminderStage.Before7Days), (26, ReminderStage.Before3Days), (28, ReminderStage.Before1WorkingDay), (29, ReminderStage.DueDay) })
        {
            var on = new DateOnly(2024, 11, day);
            Assert.Contains(run.Reminders, r => r.OfficerId == "snv.cv" && r.ItemRef == "2" && r.Stage == stage && VietnamTime.DateOf(r.Message.SentAt!.Value) == on);
            Assert.Contains(run.Days[on], s => s.OfficerId == "snv.cv" && Mentions(s.Message, "\"taskRef\":\"2\""));
        }

        // The November monthly report, due Monday 02/12, reminded that day to every unit that owes it.
        foreach (var unit in new[] { "T-STP", "T-SKH", "T-VP" })
        {
            Assert.Contains(run.Reminders, r => r.ItemRef == "BC-THANG" && r.UnitCode == unit && r.Occurrence == new DateOnly(2024, 12, 2)
                && r.Stage == ReminderStage.DueDay && VietnamTime.DateOf(r.Message.SentAt!.Value) == new DateOnly(2024, 12, 2));
        }

        // The weekly day holds: overdue items come back on Mondays only, each person's together in one message, and the
        // unit head hears of their staff's overdue work there, not item by item.
        var weekly = run.Reminders.Where(r => r.Stage == ReminderStage.OverdueWeekly).ToList();
        Assert.NotEmpty(weekly);
        Assert.All(weekly, r => Assert.Equal(DayOfWeek.Monday, VietnamTime.DateOf(r.DueAt).DayOfWeek));
        Assert.All(weekly.GroupBy(r => (r.OfficerId, VietnamTime.DateOf(r.DueAt))), g => Assert.Single(g.Select(r => r.OutboxMessageId).Distinct()));
        // Task 5 (stp.cv2, due Monday 16/12 after the revision) fell overdue after the load: its head hears of it on the
        // Mondays 23/12 and 30/12.
        var heads = run.Reminders.Where(r => r.OfficerId == "stp.gd" && r.Subject == ReminderSubject.Task).ToList();
        Assert.Contains(heads, r => r.ItemRef == "5" && r.Stage == ReminderStage.OverdueWeekly && VietnamTime.DateOf(r.DueAt) == new DateOnly(2024, 12, 23));
        Assert.All(heads, r => Assert.Equal(DayOfWeek.Monday, VietnamTime.DateOf(r.DueAt).DayOfWeek));
        Assert.Contains(run.Days[new DateOnly(2024, 12, 23)], s => s.OfficerId == "stp.gd" && Mentions(s.Message, "\"overdue.nudge\""));

        // Tasks 1 and 6 were already overdue when the plan was first loaded: left out of every reminder, and listed once
        // to the coordinator in the past-due card right after the load.
        Assert.DoesNotContain(run.Reminders, r => r.Subject == ReminderSubject.Task && (r.ItemRef is "1" or "6"));
        var pastDue = Assert.Single(run.Outbox, m => m.DedupeKey?.StartsWith("pastdue|", StringComparison.Ordinal) == true);
        Assert.Equal("snv.gd", pastDue.OfficerId);
        Assert.Equal(OutboxState.Sent, pastDue.State);

        // The plan-change notice of 15/11 went out inside that person's daily message, not as a message of its own.
        var notice = Assert.Single(run.Outbox, m => m.Kind == OutboxKinds.Message && m.Id != pastDue.Id);
        Assert.Equal("stp.cv2", notice.OfficerId);
        Assert.Equal(OutboxState.Sent, notice.State);
        Assert.Contains(run.Days[calendar.NextWorkingDay(RevisedOn)], s => s.OfficerId == "stp.cv2");
    }

    private static bool Mentions(OutgoingMessage message, string json) =>
        message.Card is { } card && card.Data.ToJsonString().Contains(json, StringComparison.Ordinal);

    private static async Task<Run> RunAsync(ReminderHost host)
    {
        var plan = Plan();
        await host.ImportAsync(plan);
        var days = new SortedDictionary<DateOnly, List<(string OfficerId, OutgoingMessage Message)>>();
        var seen = 0;
        for (var day = VietnamTime.DateOf(Start); day <= VietnamTime.DateOf(End); day = day.AddDays(1))
        {
            if (day == RevisedOn)
            {
                // A revision at noon, after that day's message went out: task 5 due four days earlier.
                await host.MoveAsync(ReminderHost.Local("2024-11-15T12:00:00"));
                PlanJson.Task(plan, "5")["deadline"] = "2024-12-16";
                await host.ImportAsync(plan);
            }

            await host.MoveAsync(ReminderHost.Local(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T23:00:00"));
            var sent = host.Channel.Sent.ToList();
            days[day] = sent.Skip(seen).ToList();
            seen = sent.Count;
        }

        return new Run(days, await host.RemindersAsync(), await host.OutboxAsync());
    }

    private static JsonObject Plan() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "simulation", "haugiang-sim-2024.json")))!.AsObject();

    private sealed record Run(SortedDictionary<DateOnly, List<(string OfficerId, OutgoingMessage Message)>> Days, List<Reminder> Reminders, List<OutboxMessage> Outbox)
    {
        public IReadOnlyList<string> People => [.. Days.SelectMany(d => d.Value.Select(s => s.OfficerId)).Distinct().Order(StringComparer.Ordinal)];

        public int Count(string officerId) => Days.Sum(d => d.Value.Count(s => s.OfficerId == officerId));
    }

    public sealed class OnSqlite(ITestOutputHelper output) : TwoMonthSimulationTests(StorageProvider.Sqlite, output);

    [RequiresPostgres]
    public sealed class OnPostgres(ITestOutputHelper output) : TwoMonthSimulationTests(StorageProvider.Postgres, output);
}
