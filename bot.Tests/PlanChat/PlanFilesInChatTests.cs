using System.Net;
using System.Net.Http.Json;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Broadcasts;
using ReformBot.Cards;
using ReformBot.PlanChat;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Cards;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.PlanDrafts;

namespace ReformBot.Tests.PlanChat;

/// <summary>
/// A plan appendix sent to the bot in a Teams personal chat: the activity as Teams sends it (a
/// <c>file.download.info</c> attachment), the file fetched over HTTP from a fake download server, the preview card
/// posted to the fake connector, and "Nạp kế hoạch" / "Huỷ" pressed as the card sends them.
/// </summary>
public abstract class PlanFilesInChatTests(StorageProvider storage) : IAsyncLifetime
{
    private const string Lapvo = "lapvo-104-2024.json";
    private const string OfficerUser = "29:officer-user";
    private BotTestHost host = null!;
    private FakeFileServer files = null!;
    private int activities;

    public async Task InitializeAsync()
    {
        files = await FakeFileServer.StartAsync();
        host = await BotTestHost.StartAsync(realConversation: true, storage: storage);
        var plan = PlanJson.Load(Lapvo);
        Officer(plan, "lv.pnv.tp")["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        Officer(plan, "lv.vp.cv1")["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = OfficerUser });
        using var scope = host.Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await files.DisposeAsync();
    }

    [Fact]
    public async Task CoordinatorSendsTheAppendixOfANewPlanSeesThePreviewAndLoadsItOnce()
    {
        var original = AppendixFiles.Plan("langson-126-2024.json");
        using var admin = host.Factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await DraftClient.ImportDirectoryAsync(admin, AppendixFiles.Directory(original))).StatusCode);
        var docx = AppendixFiles.Build(original, AppendixFiles.Par);
        var expected = await DraftAsync(admin, docx);

        var card = await SendFileAsync(BotTestHost.UserId, "phu-luc-126.docx", docx);

        var texts = Texts(card);
        Assert.Contains(texts, t => t.Contains(original.Plan.Code, StringComparison.Ordinal));
        Assert.Contains(original.Plan.Title, texts);
        Assert.Contains(texts, t => t.StartsWith($"{expected.Tasks.Count} nhiệm vụ · {expected.Units.Count} đơn vị", StringComparison.Ordinal));
        foreach (var field in expected.Tasks.GroupBy(t => t.Field))
        {
            Assert.Contains(texts, t => t.Contains($"{field.Key}: {field.Count()} nhiệm vụ", StringComparison.Ordinal));
        }

        Assert.Contains(texts, t => t.StartsWith("Đơn vị: ", StringComparison.Ordinal) && t.Contains(expected.Units[0].Name, StringComparison.Ordinal));
        Assert.Equal([CardVerbs.PlanDraftLoad, CardVerbs.PlanDraftCancel], CardAssert.Verbs(card).Where(v => v != CardVerbs.PlanDraftWarnings).ToList());
        Assert.Null(await StoredRevisionAsync(original.Plan.Code));

        var load = await host.PostAsync(Activities.Execute(host.Connector.ServiceUrl, CardVerbs.PlanDraftLoad, Data(card), id: "invoke-load"), host.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, load.StatusCode);
        await InboxSettled.WaitAsync(host.Database);

        Assert.Equal(1, await StoredRevisionAsync(original.Plan.Code));
        await using (var db = host.Factory.CreateDbContext())
        {
            var planId = await db.Plans.Where(p => p.Code == original.Plan.Code).Select(p => p.Id).SingleAsync();
            Assert.Equal(original.Tasks.Count, await db.Tasks.CountAsync(t => t.PlanId == planId));
        }

        var again = await SubmitAsync(CardVerbs.PlanDraftLoad, Data(card), "submit-again");
        Assert.Contains("đã được nạp rồi", again, StringComparison.Ordinal);
        Assert.Equal(1, await StoredRevisionAsync(original.Plan.Code));
    }

    [Fact]
    public async Task RevisionShowsItsWarningsAndDiffAndLoadingItQueuesThePlanChangeNotices()
    {
        var stored = AppendixFiles.Plan(Lapvo);
        var revised = stored with
        {
            Tasks =
            [
                .. stored.Tasks.Where(t => t.Ref != "6.d").Select(t => t.Ref switch
                {
                    "2.b" => t with { Deadline = Deadline.On(new DateOnly(2024, 12, 20)), DeadlineText = "Xong trước 20/12/2024" },
                    "3.b" => t with { DeadlineText = "Khi có yêu cầu" },
                    _ => t,
                }),
            ],
        };
        var docx = AppendixFiles.Build(revised, AppendixFiles.Par);
        using var admin = host.Factory.CreateClient();
        using var draftResponse = await DraftClient.DraftAsync(admin, docx, "phu-luc.docx");
        var warnings = (await draftResponse.Content.ReadFromJsonAsync<JsonObject>())!["warnings"]!.AsArray().Select(w => w!.AsObject()).ToList();
        var deadline = Assert.Single(warnings, w => (string)w["code"]! == "deadline-not-understood");

        var card = await SendFileAsync(BotTestHost.UserId, "phu-luc-104-sua.docx", docx);

        var texts = Texts(card);
        Assert.Contains("Kế hoạch 104/KH-UBND · điều chỉnh lần 2", texts);
        Assert.Contains("So với lần 1 đang lưu:", texts);
        Assert.Contains("− Bỏ nhiệm vụ 6.d", texts);
        Assert.Contains(texts, t => t.StartsWith("~ Nhiệm vụ 2.b: Thời hạn 30/11/2024 → 20/12/2024", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("check-in", StringComparison.Ordinal) || t.Contains("year ", StringComparison.Ordinal) || t.Contains("true", StringComparison.Ordinal));
        Assert.Contains($"{warnings.Count} cảnh báo cần xem trước khi nạp:", texts);
        var cell = ((string)deadline["cell"]!).Replace("row ", "dòng ", StringComparison.Ordinal).Replace("column ", "cột ", StringComparison.Ordinal);
        Assert.Contains(texts, t => t.Contains(cell, StringComparison.Ordinal) && t.Contains("không hiểu thời hạn “Khi có yêu cầu”", StringComparison.Ordinal));
        var noticesBefore = await PlanChangeNoticesAsync();

        var answer = await SubmitAsync(CardVerbs.PlanDraftLoad, Data(card), "submit-load");

        Assert.Contains("Đã nạp kế hoạch 104/KH-UBND (điều chỉnh lần 2", answer, StringComparison.Ordinal);
        Assert.Equal(2, await StoredRevisionAsync("104/KH-UBND"));
        using (var scope = host.Factory.Services.CreateScope())
        {
            var now = (await scope.ServiceProvider.GetRequiredService<PlanStore>().ExportAsync("104/KH-UBND", CancellationToken.None))!;
            Assert.DoesNotContain(now.Tasks, t => t.Ref == "6.d");
            Assert.Equal(Deadline.On(new DateOnly(2024, 12, 20)), now.Tasks.Single(t => t.Ref == "2.b").Deadline);
        }

        await using var db = host.Factory.CreateDbContext();
        var notices = await PlanChangeNoticesAsync();
        Assert.Empty(noticesBefore);
        Assert.Contains(notices, n => n.OfficerId == "lv.vp.cv1" && n.Text!.Contains("104/KH-UBND", StringComparison.Ordinal));
        var revision = await db.PlanRevisions.AsNoTracking().SingleAsync(r => r.Number == 2);
        Assert.Equal(PlanFileChat.Source, revision.Source);
    }

    [Fact]
    public async Task AllWarningsComeAsAWorkbookThroughTheFileConsentAndNotOnceTheDraftIsLoaded()
    {
        await using var uploads = await FakeUploadServer.StartAsync();
        var stored = AppendixFiles.Plan(Lapvo);
        var revised = stored with { Tasks = [.. stored.Tasks.Select(t => t with { DeadlineText = "Khi có yêu cầu" })] };
        var docx = AppendixFiles.Build(revised, AppendixFiles.Par);
        using var admin = host.Factory.CreateClient();
        using var draftResponse = await DraftClient.DraftAsync(admin, docx, "phu-luc.docx");
        var expected = (await draftResponse.Content.ReadFromJsonAsync<JsonObject>())!["warnings"]!.AsArray().Select(w => w!.AsObject()).ToList();
        Assert.True(expected.Count > 10, $"{expected.Count} warnings");
        var card = await SendFileAsync(BotTestHost.UserId, "phu-luc-104-sua.docx", docx);
        Assert.Contains(CardVerbs.PlanDraftWarnings, CardAssert.Verbs(card));

        var first = await WarningsConsentAsync(card, "invoke-warnings-1");
        var second = await WarningsConsentAsync(card, "invoke-warnings-2");
        Assert.EndsWith(".xlsx", (string)first["name"]!, StringComparison.Ordinal);

        var (accepted, acceptedId) = await AcceptAsync(first, uploads, "consent-card-a");
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var upload = Assert.Single(uploads.Uploads);
        Assert.Equal("PUT", upload.Method);
        Assert.Equal(ReformBot.Channels.BotFramework.FileConsentCards.InfoContentType, (string?)(await ReplyAsync(acceptedId))["attachments"]![0]!["contentType"]);
        using (var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(upload.Body), false))
        {
            var rows = Progress.OpenXmlRead.Rows(Progress.OpenXmlRead.Sheet(workbook, PlanChatTexts.WarningsSheet));
            Assert.Contains("104/KH-UBND", Progress.OpenXmlRead.Text(rows[0][0]), StringComparison.Ordinal);
            Assert.Equal(PlanChatTexts.WarningColumns.Select(c => c.Header).ToList(), rows[1].Select(Progress.OpenXmlRead.Text).ToList());
            var body = rows.Skip(2).ToList();
            Assert.Equal(expected.Count, body.Count);
            foreach (var warning in expected.Where(w => (string)w["code"]! == "deadline-not-understood"))
            {
                var row = Assert.Single(body, r => r.Count > 1 && Progress.OpenXmlRead.Text(r[1]) == ((int)warning["row"]!).ToString(System.Globalization.CultureInfo.InvariantCulture)
                    && Progress.OpenXmlRead.Text(r[4]).Contains("không hiểu thời hạn", StringComparison.Ordinal));
                Assert.Equal("Bảng 1", Progress.OpenXmlRead.Text(row[0]));
                Assert.StartsWith("Thời gian hoàn thành", Progress.OpenXmlRead.Text(row[2]), StringComparison.Ordinal);
                Assert.Equal("Khi có yêu cầu", Progress.OpenXmlRead.Text(row[3]));
                Assert.Contains("không hiểu thời hạn “Khi có yêu cầu”", Progress.OpenXmlRead.Text(row[4]), StringComparison.Ordinal);
            }
        }

        Assert.Contains("Đã nạp kế hoạch 104/KH-UBND", await SubmitAsync(CardVerbs.PlanDraftLoad, Data(card), "submit-load"), StringComparison.Ordinal);
        var (late, lateId) = await AcceptAsync(second, uploads, "consent-card-b");
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(PlanChatTexts.WarningsOfLoadedDraft, (string?)(await ReplyAsync(lateId))["text"]);
        Assert.Single(uploads.Uploads);
        Assert.Contains("đã được nạp rồi", await SubmitAsync(CardVerbs.PlanDraftWarnings, Data(card), "submit-warnings-late"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADraftThatBreaksAPlanRuleIsExplainedInVietnamese()
    {
        var stored = AppendixFiles.Plan(Lapvo);
        var revised = stored with { Tasks = [.. stored.Tasks.Select(t => t.Ref == "2.c" ? t with { Score = new Score(1.6m, 1.5m) } : t)] };

        var answer = await SendFileForTextAsync(BotTestHost.UserId, "phu-luc.docx", AppendixFiles.Build(revised, AppendixFiles.Index));

        Assert.Contains("chưa nạp được vì còn 1 lỗi", answer, StringComparison.Ordinal);
        Assert.True(answer.Contains("• Nhiệm vụ 2.c (Điểm): điểm đạt được 1,60 lớn hơn điểm tối đa 1,50.", StringComparison.Ordinal), answer);
        Assert.DoesNotContain("score", answer, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("$.", answer, StringComparison.Ordinal);
        await AssertNothingStoredAsync();

        // The admin API keeps the English problem details.
        using var admin = host.Factory.CreateClient();
        using var response = await DraftClient.DraftAsync(admin, AppendixFiles.Build(revised, AppendixFiles.Index), "phu-luc.docx");
        var errors = (await response.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsArray();
        Assert.Contains(errors, e => ((string)e!["message"]!).Contains("is more than the maximum", StringComparison.Ordinal));
    }

    /// <summary>"Xem tất cả cảnh báo" pressed on the preview: the invoke is acknowledged, the consent card comes as a reply.</summary>
    private async Task<JsonObject> WarningsConsentAsync(JsonObject card, string id)
    {
        var response = await host.PostAsync(Activities.Execute(host.Connector.ServiceUrl, CardVerbs.PlanDraftWarnings, Data(card), id), host.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = await ReplyAsync(id);
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!.AsObject();
        Assert.Equal(ReformBot.Channels.BotFramework.FileConsentCards.ConsentContentType, (string?)attachment["contentType"]);
        return attachment;
    }

    /// <summary>"Allow" on a file consent card, as Teams sends it, with the upload address of the fake OneDrive.</summary>
    private async Task<(HttpResponseMessage Response, string Id)> AcceptAsync(JsonObject consent, FakeUploadServer uploads, string cardId)
    {
        var id = $"consent-{++activities}";
        var invoke = Activities.Base("invoke", host.Connector.ServiceUrl, id, "msteams");
        invoke["name"] = "fileConsent/invoke";
        invoke["replyToId"] = cardId;
        var name = (string)consent["name"]!;
        invoke["value"] = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = consent["content"]!["acceptContext"]!.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/tp/Documents/Applications/ReformBot/" + name,
                ["name"] = name,
                ["uploadUrl"] = uploads.UploadUrl("session-" + id).AbsoluteUri,
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = "xlsx",
            },
        };
        return (await host.PostAsync(invoke, host.ChannelToken()), id);
    }

    private async Task<JsonNode> ReplyAsync(string id) => JsonNode.Parse((await host.Connector.WaitForAsync("POST", $"/activities/{id}")).Single().Body)!;

    [Fact]
    public async Task CancelledPreviewIsNotLoadedByALaterPress()
    {
        var revised = AppendixFiles.Plan(Lapvo);
        revised = revised with { Tasks = [.. revised.Tasks.Where(t => t.Ref != "6.d")] };
        var card = await SendFileAsync(BotTestHost.UserId, "phu-luc.docx", AppendixFiles.Build(revised, AppendixFiles.Index));

        var cancelled = await SubmitAsync(CardVerbs.PlanDraftCancel, Data(card), "submit-cancel");
        var load = await SubmitAsync(CardVerbs.PlanDraftLoad, Data(card), "submit-load");

        Assert.Contains("Đã huỷ bản nháp", cancelled, StringComparison.Ordinal);
        Assert.Contains("hết hạn hoặc đã được xử lý", load, StringComparison.Ordinal);
        Assert.Equal(1, await StoredRevisionAsync("104/KH-UBND"));
    }

    [Fact]
    public async Task OfficerWhoSendsAPlanIsToldPolitelyThatOnlyCoordinatorsLoadPlansAndNothingIsStored()
    {
        var revised = AppendixFiles.Plan(Lapvo);
        revised = revised with { Tasks = [.. revised.Tasks.Where(t => t.Ref != "6.d")] };

        var answer = await SendFileForTextAsync(OfficerUser, "phu-luc.docx", AppendixFiles.Build(revised, AppendixFiles.Par));

        Assert.Contains("chỉ điều phối viên kế hoạch mới nạp được kế hoạch", answer, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    public static TheoryData<string, string, string> BadFiles() => new()
    {
        { "pdf", "ban-scan.pdf", "không đọc được PDF (kể cả bản scan" },
        { "doc", "phu-luc.doc", "định dạng cũ (.doc, .xls)" },
        { "encrypted", "phu-luc.docx", "đang đặt mật khẩu" },
        { "macro", "phu-luc.docm", "có macro" },
        { "corrupted", "phu-luc.docx", "bị hỏng" },
        { "no-table", "phu-luc.docx", "Không tìm thấy bảng nhiệm vụ" },
        { "image", "anh-chup.png", "không phải tệp kế hoạch" },
        { "too-large", "phu-luc.docx", "quá giới hạn của tệp kế hoạch" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task FileThatIsNoPlanIsAnsweredWithWhatWasExpectedAndNothingIsStored(string kind, string name, string expected)
    {
        var bytes = kind switch
        {
            "image" => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. new byte[64]],
            "too-large" => [.. AppendixFiles.Build(AppendixFiles.Plan(Lapvo), AppendixFiles.Par), .. new byte[5 * 1024 * 1024]],
            _ => BadDraftFilesTests.Make(kind),
        };

        var answer = await SendFileForTextAsync(BotTestHost.UserId, name, bytes);

        Assert.Contains(expected, answer, StringComparison.Ordinal);
        Assert.Contains("Chưa có gì được lưu", answer, StringComparison.Ordinal);
        await AssertNothingStoredAsync();
    }

    private async Task<JsonObject> SendFileAsync(string user, string name, byte[] bytes)
    {
        var reply = await SendAsync(user, name, bytes);
        var attachment = reply["attachments"]?[0];
        Assert.True(attachment is not null, "no card: " + (string?)reply["text"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        var card = attachment["content"]!.AsObject();
        Assert.DoesNotContain("${", card.ToJsonString(), StringComparison.Ordinal);
        return card;
    }

    private async Task<string> SendFileForTextAsync(string user, string name, byte[] bytes)
    {
        var reply = await SendAsync(user, name, bytes);
        Assert.Null(reply["attachments"]);
        return (string)reply["text"]!;
    }

    /// <summary>A file in the personal chat as Teams sends it: no text, one download-info attachment.</summary>
    private async Task<JsonNode> SendAsync(string user, string name, byte[] bytes)
    {
        var id = $"file-{++activities}";
        var activity = Activities.Base("message", host.Connector.ServiceUrl, id, "msteams");
        activity["from"]!["id"] = user;
        if (user != BotTestHost.UserId)
        {
            activity["from"]!.AsObject().Remove("aadObjectId");
        }

        activity["attachments"] = new JsonArray(new JsonObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["contentUrl"] = "https://contoso.sharepoint.com/personal/a/Documents/Microsoft%20Teams%20Chat%20Files/" + Uri.EscapeDataString(name),
            ["name"] = name,
            ["content"] = new JsonObject
            {
                ["downloadUrl"] = files.Put(name, bytes),
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            },
        });
        var response = await host.PostAsync(activity, host.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse((await host.Connector.WaitForAsync("POST", $"/activities/{id}")).Single().Body)!;
    }

    private async Task<string> SubmitAsync(string verb, JsonObject data, string id)
    {
        var value = (JsonObject)data.DeepClone();
        value["verb"] = verb;
        await host.PostAsync(Activities.Submit(host.Connector.ServiceUrl, value, id), host.ChannelToken());
        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", $"/activities/{id}")).Single().Body)!;
        return (string)reply["text"]!;
    }

    private static async Task<PlanFile> DraftAsync(HttpClient admin, byte[] docx)
    {
        using var response = await DraftClient.DraftAsync(admin, docx, "phu-luc.docx");
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.True((bool)body["valid"]!, body.ToJsonString());
        return PlanFileReader.Read(System.Text.Encoding.UTF8.GetBytes(body["draft"]!.ToJsonString())).Plan!;
    }

    private async Task AssertNothingStoredAsync()
    {
        await InboxSettled.WaitAsync(host.Database);
        await using var db = host.Factory.CreateDbContext();
        Assert.Empty(await db.PendingPlanDrafts.ToListAsync());
        Assert.Equal(["104/KH-UBND"], await db.Plans.Select(p => p.Code).ToListAsync());
        Assert.Equal(1, await StoredRevisionAsync("104/KH-UBND"));
    }

    private async Task<int?> StoredRevisionAsync(string code)
    {
        await using var db = host.Factory.CreateDbContext();
        return await db.Plans.Where(p => p.Code == code).Select(p => (int?)p.Revision).SingleOrDefaultAsync();
    }

    private async Task<List<ReformBot.Delivery.OutboxMessage>> PlanChangeNoticesAsync()
    {
        await using var db = host.Factory.CreateDbContext();
        var broadcasts = await db.Broadcasts.AsNoTracking().Include(b => b.Messages).Where(b => b.Kind == BroadcastKind.PlanChange).ToListAsync();
        return [.. broadcasts.SelectMany(b => b.Messages)];
    }

    private static JsonObject Data(JsonObject card)
    {
        var load = CardAssert.Actions(card, "Action.Execute").Single(a => (string?)a["verb"] == CardVerbs.PlanDraftLoad);
        return (JsonObject)load["data"]!.DeepClone();
    }

    private static List<string> Texts(JsonObject card) => [.. CardAssert.Texts(card)];

    private static JsonObject Officer(JsonObject plan, string id) =>
        plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == id);

    public sealed class OnSqlite() : PlanFilesInChatTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : PlanFilesInChatTests(StorageProvider.Postgres);
}
