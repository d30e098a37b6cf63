using System.Net;
using DocumentFormat.OpenXml.Packaging;
using ReformBot.Audit;
using ReformBot.Progress;
using static ReformBot.Tests.Progress.OpenXmlRead;

namespace ReformBot.Tests.Progress;

public sealed class ProgressChatTests(ProgressHostFixture fixture) : IClassFixture<ProgressHostFixture>
{
    private ProgressHost Host => fixture.Host;

    private async Task<byte[]> DownloadAsync(string url)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(new Uri(url).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task ACoordinatorAsksForTheWorkbookAndGetsASignedLinkToIt()
    {
        var reply = await Host.SayAsync(ProgressHost.Coordinator, "xuất báo cáo tiến độ");
        var message = Assert.Single(reply.Messages);
        var file = Assert.IsType<ReformBot.Delivery.FileOffer>(message.File);
        Assert.StartsWith("https://bot.example.vn/api/files/", file.Url, StringComparison.Ordinal);
        Assert.Contains(file.Url, message.Text, StringComparison.Ordinal);

        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(file.Url)), false);
        Assert.Equal(12, Rows(Sheet(workbook, ProgressTexts.TasksSheet)).Count - 1);
        await using var db = Host.CreateContext();
        Assert.Contains(db.AuditEntries.ToList(), e => e.Action == AuditActions.ProgressExport && e.Actor == "lv.pnv.tp" && e.Channel == "msteams");
    }

    [Fact]
    public async Task AHeadGetsOnlyTheirSubtreeAndIsRefusedAnotherUnit()
    {
        var reply = await Host.SayAsync(ProgressHost.VpHead, "xuất báo cáo tiến độ ra excel");
        var file = Assert.IsType<ReformBot.Delivery.FileOffer>(Assert.Single(reply.Messages).File);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await DownloadAsync(file.Url)), false);
        var units = Rows(Sheet(workbook, ProgressTexts.UnitsSheet)).Skip(1).Select(r => Text(r[0])).ToList();
        Assert.Equal(["Văn phòng HĐND và UBND huyện"], units);

        var refused = Assert.Single((await Host.SayAsync(ProgressHost.VpHead, "tiến độ phòng nội vụ ra excel")).Messages);
        Assert.Null(refused.File);
        Assert.Contains("không thuộc đơn vị anh/chị phụ trách", refused.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOfficerIsRefusedPolitely()
    {
        var reply = Assert.Single((await Host.SayAsync(ProgressHost.Officer, "xuất báo cáo tiến độ")).Messages);
        Assert.Null(reply.File);
        Assert.Equal(ProgressTexts.NotAllowed, reply.Text);
    }

    [Fact]
    public async Task ACoordinatorAsksForTheQuarterlyDraftAndGetsIt()
    {
        var reply = await Host.SayAsync(ProgressHost.Coordinator, "dự thảo báo cáo quý 4");
        var file = Assert.IsType<ReformBot.Delivery.FileOffer>(Assert.Single(reply.Messages).File);
        using var draft = WordprocessingDocument.Open(new MemoryStream(await DownloadAsync(file.Url)), false);
        Assert.Contains("Quý IV/2024", draft.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnAlteredOrExpiredLinkIsRefused()
    {
        var reply = await Host.SayAsync(ProgressHost.Coordinator, "xuất báo cáo tiến độ");
        var url = Assert.Single(reply.Messages).File!.Url;
        using var client = Host.Client();
        var path = new Uri(url).PathAndQuery;
        var altered = path[..^3] + (path[^3] == 'A' ? "B" : "A") + path[^2..];
        using (var response = await client.GetAsync(new Uri(altered, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var now = Host.Clock.GetUtcNow();
        Host.Clock.Advance(TimeSpan.FromHours(2));
        try
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
        finally
        {
            Host.Clock.Set(now);
        }
    }
}
