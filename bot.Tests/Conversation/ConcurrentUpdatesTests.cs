using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

/// <summary>
/// Fifty senders at the same moment, each in its own scope (own context, own connection) on one SQLite file in WAL
/// mode or one PostgreSQL database, as fifty requests would be: one change is recorded, the others are told who was first.
/// </summary>
public abstract class ConcurrentUpdatesTests(StorageProvider storage)
{
    private const int Senders = 50;
    private const string Plan = "104/KH-UBND";

    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["lv.pvhtt.cv1"] = "29:pvhtt-cv1",
        ["lv.vp.cv1"] = "29:vp-cv1",
        ["lv.vp.cvp"] = "29:vp-head",
        ["lv.pnv.tp"] = "29:coordinator",
    };

    /// <summary>Task 6.b has two assignees; without its evidence rule either can say it is done.</summary>
    private Task<ConversationHost> StartAsync() => ConversationHost.StartAsync(
        Accounts, plan => plan["tasks"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["ref"] == "6.b").Remove("evidenceRequired"), storage: storage);

    private static CardAction Done(string taskRef) => new(CardVerbs.TaskDone, new JsonObject { ["planCode"] = Plan, ["taskRef"] = taskRef });

    private static async Task<ConversationReply[]> AllAtOnceAsync(Func<int, Task<ConversationReply>> send)
    {
        using var start = new ManualResetEventSlim();
        var senders = Enumerable.Range(0, Senders).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await send(i);
        })).ToArray();
        start.Set();
        return await Task.WhenAll(senders);
    }

    [Fact]
    public async Task FiftyDonesFromTwoAssigneesRecordOneChangeAndTellTheOthersWhoWasFirst()
    {
        await using var host = await StartAsync();

        var replies = await AllAtOnceAsync(i => host.HandleAsync(i % 2 == 0 ? "29:pvhtt-cv1" : "29:vp-cv1", null, Done("6.b")));

        await using var db = host.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Ref == "6.b");
        var change = await db.TaskStatusChanges.SingleAsync(c => c.TaskId == task.Id);
        Assert.Equal((TaskState.Open, TaskState.Done), (change.OldState, change.NewState));
        Assert.Equal((TaskState.Done, 100), (task.State, task.Progress));
        var first = await db.Officers.Where(o => o.OfficerId == change.OfficerId).Select(o => o.Name).FirstAsync();
        Assert.Single(replies, r => r.UpdatedCard is not null);
        var told = replies.Where(r => r.UpdatedCard is null).Select(r => Assert.Single(r.Messages).Text).ToList();
        Assert.Equal(Senders - 1, told.Count);
        Assert.All(told, text => Assert.StartsWith($"Nhiệm vụ 6.b đã được {first} báo hoàn thành lúc ", text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiftyTapsOnOneCardsDoneButtonRecordOneChange()
    {
        await using var host = await StartAsync();

        var replies = await AllAtOnceAsync(_ => host.HandleAsync("29:vp-cv1", null, Done("2.a")));

        await using var db = host.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Ref == "2.a");
        var change = await db.TaskStatusChanges.SingleAsync(c => c.TaskId == task.Id);
        Assert.Equal((TaskState.Open, TaskState.Done, "lv.vp.cv1"), (change.OldState, change.NewState, change.OfficerId));
        Assert.Equal(Senders - 1, replies.Count(r => r.Messages.Count == 1 && r.Messages[0].Text!.Contains("đã được Chuyên viên Văn phòng 1 báo hoàn thành", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiftyConcurrentProgressReportsEachLeaveOneHistoryEntryThatFollowsThePreviousOne()
    {
        await using var host = await StartAsync();

        await AllAtOnceAsync(i => host.HandleAsync("29:vp-cv1", null, new CardAction(
            CardVerbs.TaskUpdate, new JsonObject { ["planCode"] = Plan, ["taskRef"] = "2.a", ["status"] = "InProgress", ["progress"] = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        await using var db = host.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Ref == "2.a");
        var history = await db.TaskStatusChanges.Where(c => c.TaskId == task.Id).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(Senders, history.Count);

        // No lost update: every entry starts from what the one before it left.
        Assert.All(history.Zip(history.Skip(1)), pair => Assert.Equal(pair.First.NewProgress, pair.Second.OldProgress));
        Assert.Equal(history[^1].NewProgress, task.Progress);
    }

    [Fact]
    public async Task FiftySubmissionsOfOneUnitsReportRecordItOnceAndTellTheOthersWhoFiledIt()
    {
        await using var host = await StartAsync();
        var action = new CardAction(CardVerbs.ReportSubmitted, new JsonObject { ["planCode"] = Plan, ["reportCode"] = "BC-THANG" });

        var replies = await AllAtOnceAsync(i => host.HandleAsync(i % 2 == 0 ? "29:vp-cv1" : "29:vp-head", null, action));

        await using var db = host.CreateContext();
        var submitted = await db.ReportSubmissions.Where(s => s.UnitCode == "LV-VP" && s.SubmittedAt != null).ToListAsync();
        var submission = Assert.Single(submitted);
        var audits = await db.AuditEntries.CountAsync(e => e.Action == "report.submitted");
        Assert.Equal(1, audits);
        var first = await db.Officers.Where(o => o.OfficerId == submission.SubmittedBy).Select(o => o.Name).FirstAsync();
        Assert.Equal(Senders - 1, replies.Count(r => Assert.Single(r.Messages).Text!.Contains($"đã được ghi nhận trước đó: {first} báo nộp lúc", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task FiftyConcurrentDecisionsOnOneExtensionDecideItOnce()
    {
        await using var host = await StartAsync();
        await InScopeAsync(host, async (directory, extensions) =>
        {
            var assignee = await directory.DescribeAsync("lv.ptckh.cv1", CancellationToken.None);
            return await extensions.RequestAsync(assignee!, Plan, "5.a", new DateOnly(2024, 12, 31), "chờ kinh phí", "msteams", CancellationToken.None);
        });

        var results = await Task.WhenAll(Enumerable.Range(0, Senders).Select(i => Task.Run(() => InScopeAsync(host, async (directory, extensions) =>
        {
            var coordinator = await directory.DescribeAsync("lv.pnv.tp", CancellationToken.None);
            return await extensions.DecideAsync(coordinator!, Plan, "5.a", approve: i % 2 == 0, null, null, "msteams", CancellationToken.None);
        }))));

        await using var db = host.CreateContext();
        var request = await db.ExtensionRequests.SingleAsync();
        var decided = Assert.Single(results, r => r.Outcome is ExtensionOutcome.Approved or ExtensionOutcome.Rejected);
        Assert.Equal(request.State == ExtensionState.Approved, decided.Outcome == ExtensionOutcome.Approved);
        Assert.All(results.Where(r => r != decided), r => Assert.Equal(
            (ExtensionOutcome.AlreadyDecided, "Trưởng phòng Nội vụ", request.DecidedAt, request.State == ExtensionState.Approved),
            (r.Outcome, r.DecidedBy, r.DecidedAt, r.Approved)));
        var task = await db.Tasks.SingleAsync(t => t.Ref == "5.a");
        Assert.Equal(request.State == ExtensionState.Approved ? new DateOnly(2024, 12, 31) : null, task.ExtendedTo);
    }

    private static Task<ExtensionResult> InScopeAsync(ConversationHost host, Func<OfficerDirectory, ExtensionRequests, Task<ExtensionResult>> work) =>
        host.InScopeAsync(services => work(services.GetRequiredService<OfficerDirectory>(), services.GetRequiredService<ExtensionRequests>()));

    public sealed class OnSqlite() : ConcurrentUpdatesTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ConcurrentUpdatesTests(StorageProvider.Postgres);
}
