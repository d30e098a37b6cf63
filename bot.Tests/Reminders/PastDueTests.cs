using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Audit;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// No chasing of the past, end to end through the test clock's HTTP endpoint: the Lấp Vò plan issued on 15/05/2024 and
/// first loaded on 01/11/2024, when its monthly reports of May to September (and two quarterly ones, and tasks 2.c and
/// 3.b) are already overdue; the clock then runs to 31/12/2024.
/// </summary>
public abstract class PastDueTests(StorageProvider storage) : IDisposable
{
    private const string PlanCode = "104/KH-UBND";
    private const string Coordinator = "lv.pnv.tp";
    private const string CoordinatorAccount = "acc-tp";
    private const string OtherHeadAccount = "acc-cvp";
    private static readonly DateTimeOffset LoadedAt = ReminderHost.Local("2024-11-01T07:00:00");
    private static readonly DateTimeOffset End = ReminderHost.Local("2024-12-31T12:00:00");
    private static readonly string[] PastMonths = ["Tháng 5/2024", "Tháng 6/2024", "Tháng 7/2024", "Tháng 8/2024", "Tháng 9/2024"];

    private readonly TestDatabase database = TestDatabase.Create(storage);

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task MonthsOverdueAtFirstLoadAreNamedOnlyInTheCoordinatorsOneSummaryWhileLaterOnesAreStillReminded()
    {
        await using var host = ReminderHost.Start(database, LoadedAt);
        await host.ImportAsync(Plan());

        await host.MoveAsync(End);

        var items = await ItemsAsync(host);
        var leftAlonePeriods = await LabelsAsync(host, items.Where(i => i.ItemRef == "BC-THANG"));
        Assert.Equal(PastMonths, leftAlonePeriods);
        Assert.Equal(["2.c", "3.b"], items.Where(i => i.Subject == ReminderSubject.Task).Select(i => i.ItemRef).Order(StringComparer.Ordinal));
        Assert.All(items, i => Assert.True(i.IsLeftAlone));

        var summaries = host.Channel.Sent.Where(s => s.Message.Card?.Template == CardNames.PastDue).ToList();
        var summary = Assert.Single(summaries);
        Assert.Equal(Coordinator, summary.OfficerId);
        var summaryText = Words(summary.Message);
        Assert.All(PastMonths, month => Assert.Contains(month, summaryText, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("3.b", summaryText, StringComparison.Ordinal);

        var past = await LabelsAsync(host, items.Where(i => i.Subject == ReminderSubject.Report));
        Assert.Contains("Quý III/2024", past);
        var others = host.Channel.Sent.Where(s => !ReferenceEquals(s.Message, summary.Message)).ToList();
        Assert.True(others.Count > 20, $"only {others.Count} messages");
        Assert.All(others, s => Assert.DoesNotContain(past, label => Words(s.Message).Contains(label, StringComparison.OrdinalIgnoreCase)));

        var reminders = await host.RemindersAsync();
        Assert.DoesNotContain(reminders, r => r.ItemRef is "2.c" or "3.b");
        Assert.DoesNotContain(reminders, r => r.Subject == ReminderSubject.Report && r.Occurrence < new DateOnly(2024, 11, 1));
        Assert.Contains(reminders, r => r.ItemRef == "BC-THANG" && r.Occurrence == new DateOnly(2024, 11, 2) && r.Stage == ReminderStage.Overdue3WorkingDays);
        Assert.Contains(reminders, r => r.ItemRef == "BC-THANG" && r.Occurrence == new DateOnly(2024, 12, 2) && r.Stage == ReminderStage.DueDay);
        Assert.Contains(reminders, r => r.ItemRef == "BC-QUY" && r.Occurrence == new DateOnly(2024, 12, 15));
        Assert.Contains(reminders, r => r.ItemRef == "2.b" && r.Stage == ReminderStage.Overdue1WorkingDay);
        Assert.Contains(reminders, r => r.ItemRef == "5.a" && r.Stage == ReminderStage.DueDay);
        Assert.Contains(others, s => Words(s.Message).Contains("Tháng 10/2024", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(others, s => Words(s.Message).Contains("Tháng 11/2024", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task StartChasingOneItemResumesItsRemindersAndOnlyItsOwn()
    {
        await using var host = ReminderHost.Start(database, LoadedAt);
        await host.ImportAsync(Plan());
        var june = Data("report", "BC-THANG", "LV-VP", "2024-07-02");

        var reply = await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueChase, june);
        var task = await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueChase, Data("task", "3.b", string.Empty, "2024-09-30"));
        await host.MoveAsync(End);

        Assert.Contains("nhắc lại", Reply(reply), StringComparison.Ordinal);
        Assert.Contains("nhắc lại", Reply(task), StringComparison.Ordinal);
        var reminders = await host.RemindersAsync();
        var resumed = reminders.Where(r => r.ItemRef == "BC-THANG" && r.Occurrence == new DateOnly(2024, 7, 2)).ToList();
        Assert.NotEmpty(resumed);
        Assert.All(resumed, r => Assert.Equal("LV-VP", r.UnitCode));
        Assert.Contains(resumed, r => r.Stage == ReminderStage.OverdueWeekly);
        Assert.Contains(reminders, r => r.ItemRef == "3.b" && r.Stage == ReminderStage.OverdueWeekly);
        Assert.DoesNotContain(reminders, r => r.ItemRef == "2.c");
        var items = await ItemsAsync(host);
        var chased = Assert.Single(items, i => i.ItemRef == "BC-THANG" && i.UnitCode == "LV-VP" && i.DueDate == new DateOnly(2024, 7, 2));
        Assert.Equal(Coordinator, chased.ChasedBy);
        Assert.Equal(2, items.Count(i => !i.IsLeftAlone));
        await using var db = host.CreateContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.PastDueChase && e.Actor == Coordinator));

        var again = await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueChase, june);
        Assert.Contains("từ trước", Reply(again), StringComparison.Ordinal);
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.PastDueChase));
    }

    [Fact]
    public async Task MarkSubmittedRecordsTheUnitsSubmissionOnceInTheAuditLog()
    {
        await using var host = ReminderHost.Start(database, LoadedAt);
        await host.ImportAsync(Plan());
        var may = Data("report", "BC-THANG", "LV-PTP", "2024-06-02");

        var reply = await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueSubmitted, may);
        var again = await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueSubmitted, may);

        Assert.StartsWith("Đã ghi nhận", Reply(reply), StringComparison.Ordinal);
        Assert.Contains("Phòng Tư pháp", Reply(reply), StringComparison.Ordinal);
        Assert.Contains("từ trước", Reply(again), StringComparison.Ordinal);
        await using var db = host.CreateContext();
        var submission = await SubmissionAsync(db, "BC-THANG", new DateOnly(2024, 6, 2), "LV-PTP");
        Assert.True(submission.IsSubmitted);
        Assert.Equal(Coordinator, submission.SubmittedBy);
        Assert.False((await SubmissionAsync(db, "BC-THANG", new DateOnly(2024, 6, 2), "LV-VP")).IsSubmitted);
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == AuditActions.PastDueSubmitted));

        var listed = JsonNode.Parse(await host.Client.GetStringAsync("/api/admin/past-due?plan=" + Uri.EscapeDataString(PlanCode)))!.AsArray();
        var row = listed.Single(i => (string?)i!["itemRef"] == "BC-THANG" && (string?)i["unitCode"] == "LV-PTP" && (string?)i["dueDate"] == "2024-06-02")!;
        Assert.True((bool)row["submitted"]!);
        Assert.Equal((await ItemsAsync(host)).Count, listed.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/admin/past-due?plan=99/KH-X")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.GetAsync("/api/admin/past-due?plan=a%20b")).StatusCode);
    }

    [Fact]
    public async Task ARevisionReopensNothingAndLeavesAloneOnlyWhatItAddsAlreadyPast()
    {
        await using var host = ReminderHost.Start(database, LoadedAt);
        await host.ImportAsync(Plan());
        var june = Data("report", "BC-THANG", "LV-VP", "2024-07-02");
        await PressAsync(host, CoordinatorAccount, CardVerbs.PastDueChase, june);
        var before = await ItemsAsync(host);
        await host.MoveAsync(ReminderHost.Local("2024-11-05T10:00:00"));

        var revised = Plan();
        var tasks = revised["tasks"]!.AsArray();
        tasks.Add(NewTask(tasks, "9.y", "2024-10-15"));
        tasks.Add(NewTask(tasks, "9.z", "2024-12-20"));
        PlanJson.Task(revised, "6.c")["deadline"] = "2024-10-20";
        await host.ImportAsync(revised);
        await host.MoveAsync(End);

        var after = await ItemsAsync(host);
        var added = Assert.Single(after, a => !before.Any(b => b.Id == a.Id));
        Assert.Equal(("9.y", 2), (added.ItemRef, added.Revision));
        Assert.All(before, b => Assert.Equal(b.ChasedFrom, after.Single(a => a.Id == b.Id).ChasedFrom));
        var summaries = host.Channel.Sent.Where(s => s.Message.Card?.Template == CardNames.PastDue).Select(s => Words(s.Message)).ToList();
        Assert.Equal(2, summaries.Count);
        Assert.Contains("9.y", summaries[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Tháng 5/2024", summaries[1], StringComparison.OrdinalIgnoreCase);

        var reminders = await host.RemindersAsync();
        Assert.DoesNotContain(reminders, r => r.ItemRef == "9.y");
        Assert.Contains(reminders, r => r.ItemRef == "9.z" && r.Stage == ReminderStage.DueDay);
        Assert.Contains(reminders, r => r.ItemRef == "6.c" && r.Occurrence == new DateOnly(2024, 10, 20) && r.Stage == ReminderStage.OverdueWeekly);
        Assert.Contains(reminders, r => r.ItemRef == "BC-THANG" && r.UnitCode == "LV-VP" && r.Occurrence == new DateOnly(2024, 7, 2));
        Assert.DoesNotContain(reminders, r => r.ItemRef == "BC-THANG" && r.UnitCode == "LV-PNV" && r.Occurrence == new DateOnly(2024, 7, 2));
    }

    [Fact]
    public async Task BadSubmitsAreRefusedInVietnameseAndChangeNothing()
    {
        await using var host = ReminderHost.Start(database, LoadedAt);
        await host.ImportAsync(Plan());
        var before = await StateAsync(host);

        (string Account, string Verb, JsonObject Data, string Expected)[] cases =
        [
            (CoordinatorAccount, CardVerbs.PastDueChase, Data("report", "BC-THANG", "LV-VP", "2024-07-02", plan: "99/KH-X"), "Không tìm thấy kế hoạch"),
            (CoordinatorAccount, CardVerbs.PastDueChase, Data("report", "BC-THANG", "LV-VP", "2024-12-02"), "không nằm trong danh sách"),
            (CoordinatorAccount, CardVerbs.PastDueSubmitted, Data("report", "BC-THANG", "LV-KHONG", "2024-07-02"), "không nằm trong danh sách"),
            (CoordinatorAccount, CardVerbs.PastDueChase, Data("task", "2.b", string.Empty, "2024-11-30"), "không nằm trong danh sách"),
            (CoordinatorAccount, CardVerbs.PastDueSubmitted, Data("task", "3.b", string.Empty, "2024-09-30"), "chỉ dùng cho báo cáo"),
            (CoordinatorAccount, CardVerbs.PastDueSubmitted, Data("report", "BC-THANG", "LV-VP", "02/07/2024"), "không hợp lệ"),
            (CoordinatorAccount, CardVerbs.PastDueChase, Data("meeting", "BC-THANG", "LV-VP", "2024-07-02"), "không hợp lệ"),
            (CoordinatorAccount, CardVerbs.PastDueChase, [], "không hợp lệ"),
            (OtherHeadAccount, CardVerbs.PastDueChase, Data("report", "BC-THANG", "LV-VP", "2024-07-02"), "Chỉ đầu mối"),
            (OtherHeadAccount, CardVerbs.PastDueSubmitted, Data("report", "BC-THANG", "LV-VP", "2024-07-02"), "Chỉ đầu mối"),
        ];
        foreach (var (account, verb, data, expected) in cases)
        {
            var reply = Reply(await PressAsync(host, account, verb, data));
            Assert.Contains(expected, reply, StringComparison.Ordinal);
            Assert.Contains("không có gì thay đổi", reply, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(before, await StateAsync(host));
    }

    /// <summary>The Lấp Vò plan issued on 15/05/2024, with Teams accounts for its coordinator and for a head who is not one.</summary>
    private static JsonObject Plan()
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["plan"]!["issuedOn"] = "2024-05-15";
        foreach (var (id, account) in new[] { (Coordinator, CoordinatorAccount), ("lv.vp.cvp", OtherHeadAccount) })
        {
            plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == id)["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = account });
        }

        return plan;
    }

    private static JsonObject NewTask(JsonArray tasks, string taskRef, string due)
    {
        var task = tasks.Single(t => (string?)t!["ref"] == "2.b")!.DeepClone().AsObject();
        task["ref"] = taskRef;
        task["deadline"] = due;
        return task;
    }

    private static JsonObject Data(string subject, string itemRef, string unitCode, string dueDate, string plan = PlanCode) => new()
    {
        ["planCode"] = plan,
        ["subject"] = subject,
        ["itemRef"] = itemRef,
        ["unitCode"] = unitCode,
        ["dueDate"] = dueDate,
    };

    private static Task<ConversationReply> PressAsync(ReminderHost host, string account, string verb, JsonObject data) =>
        host.InScopeAsync(sp => sp.GetRequiredService<IConversationHandler>().HandleAsync(
            new IncomingMessage("msteams", account, null, "a:conv", "m1", null, null, new CardAction(verb, data), [], sp.GetRequiredService<TimeProvider>().GetUtcNow()),
            CancellationToken.None));

    private static string Reply(ConversationReply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    /// <summary>Everything a message says: its text and every string in its card's data.</summary>
    private static string Words(OutgoingMessage message) =>
        string.Join("\n", [message.Text, .. message.Actions.Select(a => a.Title), .. Strings(message.Card?.Data)]);

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    private static async Task<List<PastDueItem>> ItemsAsync(ReminderHost host)
    {
        await using var db = host.CreateContext();
        return await db.PastDueItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
    }

    /// <summary>The distinct period labels of report items, in due order.</summary>
    private static async Task<List<string>> LabelsAsync(ReminderHost host, IEnumerable<PastDueItem> items)
    {
        await using var db = host.CreateContext();
        var periods = await (from p in db.ReportPeriods join r in db.ReportSchedules on p.ScheduleId equals r.Id select new { r.Code, p.DueDate, p.Label }).ToListAsync();
        return [.. items.Where(i => i.Subject == ReminderSubject.Report)
            .Select(i => periods.Single(p => p.Code == i.ItemRef && p.DueDate == i.DueDate))
            .OrderBy(p => p.DueDate)
            .Select(p => p.Label)
            .Distinct()];
    }

    private static Task<ReportSubmission> SubmissionAsync(ReformBotDbContext db, string code, DateOnly due, string unit) =>
        (from s in db.ReportSubmissions
         join p in db.ReportPeriods on s.PeriodId equals p.Id
         join r in db.ReportSchedules on p.ScheduleId equals r.Id
         where r.Code == code && p.DueDate == due && s.UnitCode == unit
         select s).AsNoTracking().SingleAsync();

    /// <summary>What a press could change: the items' chase marks, the submissions, and the audit log apart from refusals.</summary>
    private static async Task<string> StateAsync(ReminderHost host)
    {
        await using var db = host.CreateContext();
        var items = await db.PastDueItems.AsNoTracking().OrderBy(i => i.Id).Select(i => $"{i.Id}:{i.ChasedFrom}:{i.ChasedBy}").ToListAsync();
        var submitted = await db.ReportSubmissions.AsNoTracking().Where(s => s.SubmittedAt != null).CountAsync();
        var audit = await db.AuditEntries.AsNoTracking().Where(e => e.Action != AuditActions.Refusal).CountAsync();
        return $"{string.Join(',', items)}|{submitted}|{audit}";
    }

    public sealed class OnSqlite() : PastDueTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : PastDueTests(StorageProvider.Postgres);
}
