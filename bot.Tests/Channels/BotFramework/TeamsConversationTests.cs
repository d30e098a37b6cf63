using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Cards;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// Whole conversations through <c>/api/messages</c> with the service's own conversation handler and card templates,
/// replies recorded by the fake connector.
/// </summary>
public sealed class TeamsConversationTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await BotTestHost.StartAsync(realConversation: true);
        var plan = PlanJson.Load("lapvo-104-2024.json");
        var officer = plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == "lv.vp.cv1");
        officer["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        using var scope = host.Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task<PlanTask> TaskAsync(string taskRef)
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.Ref == taskRef);
    }

    private static JsonObject TaskData(string taskRef) => new() { ["planCode"] = "104/KH-UBND", ["taskRef"] = taskRef };

    [Fact]
    public async Task OfficerWhoTypesDoneWithoutDiacriticsGetsTheTaskDoneAndAConfirmationCard()
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "da xong nv 2.a"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single().Body)!;
        Assert.Equal("msg-1", (string?)reply["replyToId"]);
        var card = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)card["contentType"]);
        Assert.Equal("AdaptiveCard", (string?)card["content"]!["type"]);
        Assert.DoesNotContain("${", card["content"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(TaskState.Done, (await TaskAsync("2.a")).State);
    }

    [Fact]
    public async Task TaskNeedingEvidenceIsNotClosedAndTheOfficerIsAskedForIt()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "da xong nv 2.b"), host.ChannelToken());

        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single().Body)!;
        Assert.Contains("tài liệu kiểm chứng", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync("2.b")).State);
    }

    [Fact]
    public async Task CardActionInvokeIsAnsweredWithTheRefreshedCard()
    {
        var response = await host.PostAsync(Activities.Execute(host.Connector.ServiceUrl, CardVerbs.TaskDone, TaskData("2.a")), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]!["type"]);
        Assert.Contains("2.a", body["value"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(TaskState.Done, (await TaskAsync("2.a")).State);
    }

    [Fact]
    public async Task RefusedCardActionKeepsTheCardAndSaysWhy()
    {
        var response = await host.PostAsync(Activities.Execute(host.Connector.ServiceUrl, CardVerbs.TaskDone, TaskData("2.c")), host.ChannelToken());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("tài liệu kiểm chứng", (string?)body["value"], StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync("2.c")).State);
    }

    [Fact]
    public async Task CardSubmitWithoutTextIsHandledLikeTheInvoke()
    {
        var value = TaskData("2.c");
        value["verb"] = CardVerbs.TaskUpdate;
        value["status"] = "InProgress";
        value["progress"] = "40";

        var response = await host.PostAsync(Activities.Submit(host.Connector.ServiceUrl, value), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync(r => r.Method == "PUT" && r.RawTarget.EndsWith("/activities/card-message-1", StringComparison.Ordinal));
        var task = await TaskAsync("2.c");
        Assert.Equal((TaskState.InProgress, 40), (task.State, task.Progress));
    }

    [Fact]
    public async Task ForgedTokenChangesNothingAndSendsNothing()
    {
        var forged = host.ChannelToken(issuer: "https://evil.example.com");

        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "da xong nv 2.a"), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(TaskState.Open, (await TaskAsync("2.a")).State);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(await host.StoredReferencesAsync());
    }

    [Fact]
    public async Task NewMemberGetsTheWelcomeCard()
    {
        await host.PostAsync(Activities.Installed(host.Connector.ServiceUrl), host.ChannelToken());

        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/install-1")).Single().Body)!;
        Assert.Equal("AdaptiveCard", (string?)reply["attachments"]![0]!["content"]!["type"]);
        Assert.Contains("Chuyên viên Văn phòng 1", reply.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MessagesOfOneConversationAreHandledInTheOrderTheyWereSent()
    {
        string code;
        using (var scope = host.Factory.Services.CreateScope())
        {
            code = (await scope.ServiceProvider.GetRequiredService<ReformBot.Accounts.AccountLinker>().IssueAsync("lv.pnv.cv2", "admin", CancellationToken.None))!.Code;
        }

        var link = Activities.Message(host.Connector.ServiceUrl, $"liên kết {code}", id: "m-link");
        var done = Activities.Message(host.Connector.ServiceUrl, "da xong nv 3.a", id: "m-done");
        foreach (var activity in new[] { link, done })
        {
            activity["from"]!["id"] = "29:new-user";
            activity["from"]!.AsObject().Remove("aadObjectId");
        }

        await host.PostAsync(link, host.ChannelToken());
        await host.PostAsync(done, host.ChannelToken());

        await host.Connector.WaitForAsync("POST", "/activities/m-done");
        Assert.Equal(TaskState.Done, (await TaskAsync("3.a")).State);
    }

    [Fact]
    public async Task TeamsUserIsLinkedByTheEmailThePlanGives()
    {
        host.Connector.Script(new ScriptedResponse(200, new JsonObject
        {
            ["id"] = "29:by-email",
            ["name"] = "CV Nội vụ 2",
            ["email"] = "CV2.PNV@lapvo.example.vn",
            ["userPrincipalName"] = "cv2.pnv@lapvo.example.vn",
        }.ToJsonString()));
        var message = Activities.Message(host.Connector.ServiceUrl, "da xong nv 3.a", id: "m-mail");
        message["from"]!["id"] = "29:by-email";
        message["from"]!.AsObject().Remove("aadObjectId");

        await host.PostAsync(message, host.ChannelToken());

        await host.Connector.WaitForAsync("POST", "/activities/m-mail");
        Assert.Contains(host.Connector.Requests, r => r.Method == "GET" && r.RawTarget.EndsWith("/members/29%3Aby-email", StringComparison.Ordinal));
        Assert.Equal(TaskState.Done, (await TaskAsync("3.a")).State);
    }

    [Fact]
    public async Task OfficerCannotCloseAColleaguesTask()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "da xong nv 6.a"), host.ChannelToken());

        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single().Body)!;
        Assert.Contains("không được giao", (string?)reply["text"], StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync("6.a")).State);
    }

    [Fact]
    public async Task AReportSaidSentInWordsIsTakenBackByTheUndoButtonOnce()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "đã nộp báo cáo tháng 10"), host.ChannelToken());
        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single().Body)!;
        Assert.Contains("Đã ghi nhận", (string?)reply["text"], StringComparison.Ordinal);
        var undo = reply["suggestedActions"]!["actions"]!.AsArray().Single(a => (string?)a!["title"] == CardTexts.Undo)!["value"]!.AsObject();
        Assert.True(await SubmittedAsync());

        await host.PostAsync(Activities.Submit(host.Connector.ServiceUrl, (JsonObject)undo.DeepClone()), host.ChannelToken());
        var undone = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/submit-1")).Single().Body)!;
        await host.PostAsync(Activities.Submit(host.Connector.ServiceUrl, (JsonObject)undo.DeepClone(), id: "submit-2"), host.ChannelToken());
        var again = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/submit-2")).Single().Body)!;

        Assert.Contains("Đã hoàn tác", (string?)undone["text"], StringComparison.Ordinal);
        Assert.Contains("hết hạn", (string?)again["text"], StringComparison.Ordinal);
        Assert.False(await SubmittedAsync());
        await using var db = host.Factory.CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(e => e.Action == "report.unsubmitted"));
    }

    private async Task<bool> SubmittedAsync()
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.ReportSubmissions.AnyAsync(s => s.UnitCode == "LV-VP" && s.SubmittedAt != null);
    }
}
