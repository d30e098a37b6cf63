using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Audit;
using ReformBot.Channels.BotFramework;
using ReformBot.Progress;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using static ReformBot.Tests.Progress.OpenXmlRead;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// The progress workbook and report draft sent through Teams' file consent in a personal chat: the consent card, the
/// accepted invoke with the bytes PUT to the (fake) OneDrive upload address, the file info card; declined, expired,
/// tampered and failed consents falling back to the signed link; heads limited to their subtree, officers refused.
/// </summary>
public sealed class FileConsentTests : IAsyncLifetime
{
    private const string Coordinator = "29:coordinator";
    private const string Head = "29:vp-head";
    private const string Officer = "29:officer";
    private BotTestHost host = null!;
    private FakeUploadServer uploads = null!;
    private int nextId;

    public async Task InitializeAsync()
    {
        uploads = await FakeUploadServer.StartAsync();
        host = await BotTestHost.StartAsync(realConversation: true, settings: new Dictionary<string, string?>
        {
            ["Progress:PublicBaseUrl"] = "https://bot.example.vn/",
            ["Progress:DownloadKey"] = "test-download-key-0123456789abcdef0123",
        });
        host.Clock.Set(new DateTimeOffset(2024, 11, 28, 9, 0, 0, TimeSpan.FromHours(7)));
        var plan = PlanJson.Load("lapvo-104-2024.json");
        foreach (var (officerId, account) in new[] { ("lv.pnv.tp", Coordinator), ("lv.vp.cvp", Head), ("lv.pnv.cv1", Officer) })
        {
            plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == officerId)["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = account });
        }

        using (var scope = host.Factory.Services.CreateScope())
        {
            Assert.False((await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None)).IsRejected);
        }

        host.Clock.Set(new DateTimeOffset(2024, 12, 3, 9, 0, 0, TimeSpan.FromHours(7)));
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await uploads.DisposeAsync();
    }

    /// <summary>Says <paramref name="text"/> as <paramref name="account"/> and returns the bot's reply activity.</summary>
    private async Task<JsonNode> AskAsync(string account, string text)
    {
        var id = "msg-" + Interlocked.Increment(ref nextId);
        var activity = Activities.Message(host.Connector.ServiceUrl, text, id);
        activity["from"]!["id"] = account;
        using var response = await host.PostAsync(activity, host.ChannelToken());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await host.Connector.WaitForAsync("POST", "/activities/" + id));
        return JsonNode.Parse(reply.Body)!;
    }

    private static JsonObject ConsentCard(JsonNode reply)
    {
        var attachment = Assert.Single(reply["attachments"]!.AsArray())!;
        Assert.Equal(FileConsentCards.ConsentContentType, (string?)attachment["contentType"]);
        return attachment.AsObject();
    }

    /// <summary>The invoke Teams sends when the card's button is pressed; answered in the request.</summary>
    private async Task<(HttpResponseMessage Response, string Id)> AnswerAsync(
        JsonObject card, string action, string? uploadUrl = null, string account = Coordinator, string replyToId = "consent-card-1")
    {
        var id = "invoke-" + Interlocked.Increment(ref nextId);
        var invoke = Activities.Base("invoke", host.Connector.ServiceUrl, id, "msteams");
        invoke["from"]!["id"] = account;
        invoke["name"] = "fileConsent/invoke";
        invoke["replyToId"] = replyToId;
        var name = (string)card["name"]!;
        var value = new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = card["content"]![action == "accept" ? "acceptContext" : "declineContext"]!.DeepClone(),
        };
        if (action == "accept")
        {
            value["uploadInfo"] = new JsonObject
            {
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/tp/Documents/Applications/ReformBot/" + name,
                ["name"] = name,
                ["uploadUrl"] = uploadUrl ?? uploads.UploadUrl("session-" + id).AbsoluteUri,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = Path.GetExtension(name).TrimStart('.'),
            };
        }

        invoke["value"] = value;
        return (await host.PostAsync(invoke, host.ChannelToken()), id);
    }

    private async Task<JsonNode> ReplyToAsync(string invokeId) =>
        JsonNode.Parse(Assert.Single(await host.Connector.WaitForAsync("POST", "/activities/" + invokeId)).Body)!;

    private static JsonObject WithToken(JsonObject card, string token)
    {
        var copy = card.DeepClone().AsObject();
        copy["content"]!["acceptContext"]!["token"] = token;
        copy["content"]!["declineContext"]!["token"] = token;
        return copy;
    }

    [Fact]
    public async Task ACoordinatorAllowsTheWorkbookAndItIsUploadedWholeThenShownWithAFileInfoCard()
    {
        var reply = await AskAsync(Coordinator, "xuất báo cáo tiến độ");
        var card = ConsentCard(reply);
        var name = (string)card["name"]!;
        Assert.EndsWith(".xlsx", name, StringComparison.Ordinal);
        Assert.DoesNotContain("/api/files/", (string?)reply["text"] ?? string.Empty, StringComparison.Ordinal);
        Assert.True((long)card["content"]!["sizeInBytes"]! > 1000);

        var (response, invokeId) = await AnswerAsync(card, "accept");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var upload = Assert.Single(uploads.Uploads);
        Assert.Equal("PUT", upload.Method);
        var n = upload.Body.Length;
        Assert.Equal($"bytes 0-{n - 1}/{n}", upload.Header("Content-Range"));
        Assert.Equal(n.ToString(System.Globalization.CultureInfo.InvariantCulture), upload.Header("Content-Length"));
        Assert.Null(upload.Header("Authorization"));
        // Built again for the upload (same data, same date): the size announced on the card is the first build's, within a few bytes.
        Assert.InRange(n, (long)card["content"]!["sizeInBytes"]! * 0.99, (long)card["content"]!["sizeInBytes"]! * 1.01);
        using (var workbook = SpreadsheetDocument.Open(new MemoryStream(upload.Body), false))
        {
            Assert.Equal(12, Rows(Sheet(workbook, ProgressTexts.TasksSheet)).Count - 1);
            Assert.NotEmpty(RowStarting(Sheet(workbook, ProgressTexts.UnitsSheet), "Phòng Nội vụ"));
            Assert.NotEmpty(RowStarting(Sheet(workbook, ProgressTexts.UnitsSheet), "Văn phòng HĐND và UBND huyện"));
        }

        var info = Assert.Single((await ReplyToAsync(invokeId))["attachments"]!.AsArray())!;
        Assert.Equal(FileConsentCards.InfoContentType, (string?)info["contentType"]);
        Assert.Equal(name, (string?)info["name"]);
        Assert.EndsWith("/ReformBot/" + name, (string?)info["contentUrl"], StringComparison.Ordinal);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C9D", (string?)info["content"]!["uniqueId"]);
        Assert.Equal("xlsx", (string?)info["content"]!["fileType"]);

        await using var db = host.Factory.CreateDbContext();
        var exports = await db.AuditEntries.AsNoTracking().Where(e => e.Action == AuditActions.ProgressExport).ToListAsync();
        Assert.Equal(2, exports.Count);
        Assert.All(exports, e => Assert.Equal("msteams", e.Channel));
    }

    [Fact]
    public async Task ARepeatedAcceptOfTheSameCardUploadsOnceAndSaysTheFileWasSent()
    {
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (first, _) = await AnswerAsync(card, "accept");
        first.Dispose();
        Assert.Single(await uploads.WaitForAsync());

        // Teams' retry of the invoke (a new activity id, the same card) and a second press on "Allow".
        var (again, againId) = await AnswerAsync(card, "accept");
        using (again)
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        }

        var reply = await ReplyToAsync(againId);
        Assert.Null(reply["attachments"]);
        Assert.Contains("đã được gửi vào OneDrive của anh/chị rồi", (string)reply["text"]!, StringComparison.Ordinal);
        var (third, _) = await AnswerAsync(card, "accept");
        third.Dispose();
        Assert.Single(uploads.Uploads);

        // Another card (a new request) is another file.
        var other = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (response, _) = await AnswerAsync(other, "accept", replyToId: "consent-card-2");
        response.Dispose();
        Assert.Equal(2, (await uploads.WaitForAsync(2)).Count);
    }

    [Fact]
    public async Task AnAcceptAfterAFailedUploadTriesAgain()
    {
        uploads.NextStatus = 500;
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (failed, _) = await AnswerAsync(card, "accept");
        failed.Dispose();
        Assert.Single(uploads.Uploads);

        uploads.NextStatus = 201;
        var (retried, retriedId) = await AnswerAsync(card, "accept");
        retried.Dispose();

        Assert.Equal(2, uploads.Uploads.Count);
        Assert.Equal(FileConsentCards.InfoContentType, (string?)Assert.Single((await ReplyToAsync(retriedId))["attachments"]!.AsArray())!["contentType"]);
    }

    [Fact]
    public async Task ACoordinatorAllowsTheQuarterlyDraftAndGetsAWordDocument()
    {
        var card = ConsentCard(await AskAsync(Coordinator, "dự thảo báo cáo quý 4"));
        var (response, _) = await AnswerAsync(card, "accept");
        response.Dispose();

        var upload = Assert.Single(await uploads.WaitForAsync());
        using var draft = WordprocessingDocument.Open(new MemoryStream(upload.Body), false);
        Assert.Contains("Quý IV/2024", draft.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeclinedConsentUploadsNothingAndGivesTheSignedLinkInstead()
    {
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (response, invokeId) = await AnswerAsync(card, "decline");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var text = (string)(await ReplyToAsync(invokeId))["text"]!;
        Assert.Contains("không nhận tệp", text, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.vn/api/files/" + (string)card["content"]!["declineContext"]!["token"]!, text, StringComparison.Ordinal);
        Assert.Empty(uploads.Uploads);
    }

    [Fact]
    public async Task AnExpiredOrAlteredConsentUploadsNothingAndAsksToRequestAgain()
    {
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var token = (string)card["content"]!["acceptContext"]!["token"]!;
        var altered = token[..^3] + (token[^3] == 'A' ? "B" : "A") + token[^2..];

        var (tampered, tamperedId) = await AnswerAsync(WithToken(card, altered), "accept");
        using (tampered)
        {
            Assert.Equal(HttpStatusCode.OK, tampered.StatusCode);
        }

        Assert.Equal(BotFrameworkTexts.FileOfferExpired, (string?)(await ReplyToAsync(tamperedId))["text"]);

        host.Clock.Advance(TimeSpan.FromHours(2));
        var (expired, expiredId) = await AnswerAsync(card, "accept");
        using (expired)
        {
            Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        }

        Assert.Equal(BotFrameworkTexts.FileOfferExpired, (string?)(await ReplyToAsync(expiredId))["text"]);
        Assert.Empty(uploads.Uploads);
    }

    [Fact]
    public async Task AnUploadAddressThatIsNotHttpOrAnUnreadableAnswerUploadsNothing()
    {
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (response, invokeId) = await AnswerAsync(card, "accept", uploadUrl: "file:///etc/passwd");
        using (response)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            Assert.Equal(400, (int)body["statusCode"]!);
            Assert.Equal(BotFrameworkTexts.FileUploadRefused, (string?)body["value"]!["message"]);
        }

        Assert.Contains("https://bot.example.vn/api/files/", (string)(await ReplyToAsync(invokeId))["text"]!, StringComparison.Ordinal);

        var invoke = Activities.Base("invoke", host.Connector.ServiceUrl, "invoke-odd", "msteams");
        invoke["name"] = "fileConsent/invoke";
        invoke["value"] = new JsonObject { ["type"] = "fileUpload", ["action"] = "maybe", ["context"] = "x" };
        using (var odd = await host.PostAsync(invoke, host.ChannelToken()))
        {
            Assert.Equal(400, (int)JsonNode.Parse(await odd.Content.ReadAsStringAsync())!["statusCode"]!);
        }

        Assert.Empty(uploads.Uploads);
    }

    [Fact]
    public async Task AFailedUploadFallsBackToTheSignedLink()
    {
        uploads.NextStatus = 500;
        var card = ConsentCard(await AskAsync(Coordinator, "xuất báo cáo tiến độ"));
        var (response, invokeId) = await AnswerAsync(card, "accept");
        response.Dispose();

        Assert.Single(uploads.Uploads);
        var reply = await ReplyToAsync(invokeId);
        Assert.Null(reply["attachments"]);
        Assert.Contains("chưa lưu được tệp", (string)reply["text"]!, StringComparison.Ordinal);
        Assert.Contains("https://bot.example.vn/api/files/", (string)reply["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AHeadsUploadedWorkbookHoldsOnlyTheirSubtree()
    {
        var card = ConsentCard(await AskAsync(Head, "xuất báo cáo tiến độ"));
        var (response, _) = await AnswerAsync(card, "accept", account: Head);
        response.Dispose();

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(Assert.Single(uploads.Uploads).Body), false);
        var units = Rows(Sheet(workbook, ProgressTexts.UnitsSheet)).Skip(1).Select(r => Text(r[0])).ToList();
        Assert.Equal(["Văn phòng HĐND và UBND huyện"], units);
    }

    [Fact]
    public async Task AnOfficerIsRefusedAndGetsNoConsentCard()
    {
        var reply = await AskAsync(Officer, "xuất báo cáo tiến độ");
        Assert.Null(reply["attachments"]);
        Assert.Equal(ProgressTexts.NotAllowed, (string?)reply["text"]);
    }
}
