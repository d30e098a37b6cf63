using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>
/// Files asked for in the Zalo OA: the report draft (.docx) uploaded to Zalo's file upload (checked by opening what
/// the fake received) and sent as a file message with the token Zalo answered; an upload Zalo refuses falls back to the
/// signed link, a rejected token is renewed once. (Workbooks, which Zalo's upload refuses, go as the link:
/// PlanFilesInZaloTests, the warnings workbook.)
/// </summary>
public sealed class ZaloFileUploadTests : IAsyncLifetime
{
    private const string CoordinatorUser = "8477777777777777777";
    private ZaloTestHost host = null!;

    public async Task InitializeAsync()
    {
        host = await ZaloTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Progress:PublicBaseUrl"] = "https://bot.example.vn/",
            ["Progress:DownloadKey"] = "test-download-key-0123456789abcdef0123",
        });
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == "lv.pnv.tp")["accounts"] =
            new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = CoordinatorUser });
        using var content = new ByteArrayContent(PlanJson.Bytes(plan)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        (await host.Client.PostAsync("/api/admin/plans", content)).EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task TheReportDraftIsUploadedToZaloAndSentAsAFileMessage()
    {
        await host.PostOaAsync(ZaloEvents.Text(CoordinatorUser, "dự thảo báo cáo quý 4", "msg-draft"));

        var sent = await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, 2);
        var upload = Assert.Single(host.Zalo.Uploads);
        Assert.EndsWith(".docx", upload.Name, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", upload.ContentType);
        Assert.Equal(sent[0].Header("access_token"), upload.AccessToken);
        using (var draft = WordprocessingDocument.Open(new MemoryStream(upload.Content), false))
        {
            Assert.Contains("Quý IV/2024", draft.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        Assert.Contains(upload.Name, (string)sent[0].Json["message"]!["text"]!, StringComparison.Ordinal);
        var attachment = sent[1].Json["message"]!["attachment"]!;
        Assert.Equal("file", (string?)attachment["type"]);
        Assert.Equal(upload.Token, (string?)attachment["payload"]!["token"]);
        Assert.Equal(CoordinatorUser, (string?)sent[1].Json["recipient"]!["user_id"]);
        Assert.DoesNotContain(host.Zalo.To(FakeZaloServer.CsPath), r => r.Body.Contains("/api/files/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnUploadZaloRefusesFallsBackToTheSignedLink()
    {
        host.Zalo.Script(FakeZaloServer.UploadFilePath, """{"error":-201,"message":"File size exceeds 5MB"}""");

        await host.PostOaAsync(ZaloEvents.Text(CoordinatorUser, "dự thảo báo cáo quý 4", "msg-refused"));

        var text = (string)Assert.Single(await host.Zalo.WaitForAsync(FakeZaloServer.CsPath)).Json["message"]!["text"]!;
        Assert.Contains("https://bot.example.vn/api/files/", text, StringComparison.Ordinal);
        Assert.Single(host.Zalo.To(FakeZaloServer.UploadFilePath));
        Assert.Empty(host.Zalo.Uploads);
    }

    [Fact]
    public async Task ARejectedTokenIsRenewedOnceAndTheUploadTriedAgain()
    {
        host.Zalo.Script(FakeZaloServer.UploadFilePath, """{"error":-216,"message":"Access token is invalid"}""");

        await host.PostOaAsync(ZaloEvents.Text(CoordinatorUser, "dự thảo báo cáo quý 4", "msg-token"));

        var sent = await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, 2);
        var tries = host.Zalo.To(FakeZaloServer.UploadFilePath);
        Assert.Equal(2, tries.Count);
        Assert.NotEqual(tries[0].Header("access_token"), tries[1].Header("access_token"));
        Assert.Equal(Assert.Single(host.Zalo.Uploads).Token, (string?)sent[1].Json["message"]!["attachment"]!["payload"]!["token"]);
    }
}
