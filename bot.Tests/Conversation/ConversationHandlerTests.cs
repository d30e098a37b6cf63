using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Accounts;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

public sealed class ConversationHandlerTests
{
    private const string LapVo = "lapvo-104-2024.json";
    /// <summary>The Lấp Vò plan with Teams accounts for officers of different units and roles.</summary>
    private static Task<ConversationHost> LoadAsync() => ConversationHost.StartAsync(new Dictionary<string, string>
    {
        ["lv.vp.cv1"] = "29:vp-cv1",
        ["lv.pnv.cv1"] = "29:pnv-cv1",
        ["lv.vp.cvp"] = "29:vp-head",
        ["lv.pnv.tp"] = "29:coordinator",
    });

    private static Task<ConversationReply> HandleAsync(ConversationHost host, string account, string? text, CardAction? action = null) =>
        host.HandleAsync(account, text, action);

    private static CardAction Action(string verb, string taskRef, JsonObject? inputs = null)
    {
        var data = new JsonObject { ["planCode"] = "104/KH-UBND", ["taskRef"] = taskRef };
        foreach (var (key, value) in inputs ?? [])
        {
            data[key] = value?.DeepClone();
        }

        return new CardAction(verb, data);
    }

    private static async Task<PlanTask> TaskAsync(ConversationHost database, string taskRef)
    {
        await using var db = database.CreateContext();
        return await db.Tasks.SingleAsync(t => t.Ref == taskRef);
    }

    [Fact]
    public async Task UnlinkedSenderIsToldHowToLinkAndSeesNothing()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:stranger", null, Action(CardVerbs.TaskDone, "2.a"));

        Assert.Null(reply.UpdatedCard);
        Assert.Contains("liên kết", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync(database, "2.a")).State);
    }

    [Fact]
    public async Task DoneOnTheCardMarksTheTaskDoneAndRefreshesTheCard()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", null, Action(CardVerbs.TaskDone, "2.a"));

        Assert.Equal(CardNames.StatusUpdated, reply.UpdatedCard!.Template);
        Assert.Equal(ConversationTexts.UpdateHeadline(TaskUpdateOutcome.Updated, "2.a"), (string?)reply.UpdatedCard.Data["headline"]);
        var task = await TaskAsync(database, "2.a");
        Assert.Equal((TaskState.Done, 100), (task.State, task.Progress));
    }

    [Fact]
    public async Task UpdateTakesStatusAndProgressFromTheCardInputs()
    {
        await using var database = await LoadAsync();

        await HandleAsync(database, "29:vp-cv1", null, Action(CardVerbs.TaskUpdate, "2.a", new JsonObject { ["status"] = "InProgress", ["progress"] = "70" }));

        var task = await TaskAsync(database, "2.a");
        Assert.Equal((TaskState.InProgress, 70), (task.State, task.Progress));
    }

    [Theory]
    [InlineData("InProgress", "170")]
    [InlineData("InProgress", "bảy mươi")]
    [InlineData("InProgress", "-5")]
    [InlineData("Cancelled", "10")]
    [InlineData("Finished", "10")]
    public async Task BadInputsChangeNothing(string status, string progress)
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", null, Action(CardVerbs.TaskUpdate, "2.a", new JsonObject { ["status"] = status, ["progress"] = progress }));

        Assert.Null(reply.UpdatedCard);
        Assert.Contains("Không có gì được thay đổi", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal((TaskState.Open, 0), ((await TaskAsync(database, "2.a")).State, (await TaskAsync(database, "2.a")).Progress));
    }

    [Fact]
    public async Task OfficerCannotCloseAColleaguesTaskFromACard()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:pnv-cv1", null, Action(CardVerbs.TaskDone, "2.a"));

        Assert.Null(reply.UpdatedCard);
        Assert.Equal(ConversationTexts.UpdateProblem(TaskUpdateOutcome.NotAssigned), Assert.Single(reply.Messages).Text);
        Assert.Equal(TaskState.Open, (await TaskAsync(database, "2.a")).State);
    }

    [Fact]
    public async Task TaskNeedingEvidenceIsNotClosedWithoutIt()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", null, Action(CardVerbs.TaskDone, "2.b"));

        Assert.Equal(ConversationTexts.UpdateProblem(TaskUpdateOutcome.EvidenceRequired), Assert.Single(reply.Messages).Text);
        Assert.Equal(TaskState.Open, (await TaskAsync(database, "2.b")).State);
    }

    [Fact]
    public async Task CardWithoutTaskDataIsRefused()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", null, new CardAction(CardVerbs.TaskDone, new JsonObject { ["planCode"] = "104/KH-UBND" }));

        Assert.Contains("không còn hợp lệ", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkedOfficerWhoWritesGetsHelpForTheirRole()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", "xin chào");

        var text = Assert.Single(reply.Messages).Text;
        Assert.Contains("Chuyên viên Văn phòng 1", text, StringComparison.Ordinal);
        Assert.Contains("104/KH-UBND", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("đã xong nv 2.a")]
    [InlineData("da xong nv 2a")]
    [InlineData("ok xong r nhe nv 2.a")]
    public async Task OfficerClosesATaskByNamingIt(string text)
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", text);

        Assert.Equal(CardNames.StatusUpdated, Assert.Single(reply.Messages).Card!.Template);
        Assert.Equal(TaskState.Done, (await TaskAsync(database, "2.a")).State);
    }

    [Fact]
    public async Task DoneOnATaskNeedingEvidenceAsksForIt()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", "da xong nv 2.b");

        Assert.Equal(ConversationTexts.UpdateProblem(TaskUpdateOutcome.EvidenceRequired), Assert.Single(reply.Messages).Text);
        Assert.Equal(TaskState.Open, (await TaskAsync(database, "2.b")).State);
    }

    [Fact]
    public async Task DoneWithALinkAttachesTheEvidenceAndClosesTheTask()
    {
        await using var database = await LoadAsync();

        await HandleAsync(database, "29:vp-cv1", "xong nv 2.b, minh chứng https://lapvo.example.vn/bc/2b.pdf");

        Assert.Equal(TaskState.Done, (await TaskAsync(database, "2.b")).State);
        await using var db = database.CreateContext();
        Assert.Equal("https://lapvo.example.vn/bc/2b.pdf", (await db.TaskEvidence.SingleAsync()).Value);
    }

    [Fact]
    public async Task ProgressWithoutATaskAsksWhichOneWithAChoiceCard()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", "dang lam dc 70 phan tram");

        var card = Assert.Single(reply.Messages).Card!;
        Assert.Equal(CardNames.TaskChoice, card.Template);
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.TaskStatusChanges.CountAsync());

        var chosen = await HandleAsync(database, "29:vp-cv1", null, new CardAction(CardVerbs.TaskChoose, new JsonObject
        {
            ["planCode"] = "104/KH-UBND",
            ["taskRef"] = "2.c",
            ["pending"] = new JsonObject { ["intent"] = "progress", ["percent"] = 70 },
        }));

        Assert.Equal(CardNames.StatusUpdated, Assert.Single(chosen.Messages).Card!.Template);
        var task = await TaskAsync(database, "2.c");
        Assert.Equal((TaskState.InProgress, 70), (task.State, task.Progress));
    }

    [Fact]
    public async Task OfficerCannotCloseAColleaguesTaskInWords()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:pnv-cv1", "đã hoàn thành nhiệm vụ 2.a");

        Assert.Equal(ConversationTexts.UpdateProblem(TaskUpdateOutcome.NotAssigned), Assert.Single(reply.Messages).Text);
        Assert.Equal(TaskState.Open, (await TaskAsync(database, "2.a")).State);
    }

    [Fact]
    public async Task UnitHeadSeesTheOverdueTasksOfTheirUnitOnly()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-head", "qua han");

        var card = Assert.Single(reply.Messages).Card!;
        Assert.Equal(CardNames.OverdueList, card.Template);
        var refs = card.Data["groups"]!.AsArray().SelectMany(g => g!["items"]!.AsArray()).Select(i => (string?)i!["taskRef"]).ToList();
        Assert.Equal(["2.c"], refs);
    }

    [Fact]
    public async Task CoordinatorSeesThePlansOverdueTasksMostPointsFirst()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:coordinator", "việc nào quá hạn?");

        var card = Assert.Single(reply.Messages).Card!;
        var refs = card.Data["groups"]!.AsArray().SelectMany(g => g!["items"]!.AsArray()).Select(i => (string?)i!["taskRef"]).ToList();
        Assert.Equal(["2.c", "3.b"], refs);
    }

    [Fact]
    public async Task OfficerIsNotShownTheOverdueList()
    {
        await using var database = await LoadAsync();

        var reply = await HandleAsync(database, "29:vp-cv1", "quá hạn");

        var message = Assert.Single(reply.Messages);
        Assert.Null(message.Card);
        Assert.Contains("dành cho thủ trưởng", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnlinkedPersonLinksWithACodeAndIsThenKnown()
    {
        await using var host = await LoadAsync();
        var issued = await host.InScopeAsync(sp => sp.GetRequiredService<AccountLinker>().IssueAsync("lv.ptp.tp", "admin", CancellationToken.None));

        var linked = await host.HandleAsync("29:new-phone", $"liên kết {issued!.Code}");
        var help = await host.HandleAsync("29:new-phone", "giúp");

        Assert.Contains("Đã liên kết tài khoản với cán bộ Trưởng phòng Tư pháp", Assert.Single(linked.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("Trưởng phòng Tư pháp", Assert.Single(help.Messages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WrongCodeLinksNothing()
    {
        await using var host = await LoadAsync();

        var reply = await host.HandleAsync("29:new-phone", "lien ket 000000");
        var after = await host.HandleAsync("29:new-phone", "qua han");

        Assert.Contains("Mã", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("chưa biết tài khoản này", Assert.Single(after.Messages).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OfficerReportsTheMonthlyReportSentAndTheCoordinatorSeesWhoIsMissing()
    {
        await using var host = await LoadAsync();

        var reply = await host.HandleAsync("29:vp-cv1", "da nop bao cao thang 10");
        var again = await host.HandleAsync("29:vp-cv1", "đã nộp báo cáo tháng 10");
        var missing = await host.HandleAsync("29:coordinator", "ai chưa nộp báo cáo tháng?");

        Assert.Contains("Đã ghi nhận", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("Tháng 10/2024", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("đã được ghi nhận trước đó", Assert.Single(again.Messages).Text, StringComparison.Ordinal);
        var monthly = Assert.Single(missing.Messages).Text.Split("\n\n").Single(l => l.Contains("Báo cáo tháng", StringComparison.Ordinal));
        Assert.Contains("chưa nộp 6 đơn vị", monthly, StringComparison.Ordinal);
        Assert.DoesNotContain("Văn phòng HĐND", monthly, StringComparison.Ordinal);
    }
}
