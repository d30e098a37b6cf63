using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Conversation;
using ReformBot.Progress;
using static ReformBot.Tests.Progress.OpenXmlRead;

namespace ReformBot.Tests.Progress;

public sealed partial class ProgressWorkbookTests(ProgressHostFixture fixture) : IClassFixture<ProgressHostFixture>
{
    private ProgressHost Host => fixture.Host;

    private async Task<SpreadsheetDocument> GetAsync(string query = "")
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(ProgressHost.PlanPath + "/progress.xlsx" + query, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ProgressWorkbook.ContentType, response.Content.Headers.ContentType?.MediaType);
        return SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    [Fact]
    public async Task EveryUnitsCountsEqualWhatTheOverviewSaysForThatUnit()
    {
        using var document = await GetAsync();
        var units = Sheet(document, ProgressTexts.UnitsSheet);
        await using var scope = Host.Factory.Services.CreateAsyncScope();
        var sender = await scope.ServiceProvider.GetRequiredService<OfficerDirectory>().FindAsync("msteams", ProgressHost.Coordinator, null, CancellationToken.None);
        var overview = scope.ServiceProvider.GetRequiredService<UnitOverview>();
        await using var db = Host.CreateContext();
        var checkedUnits = 0;
        foreach (var unit in db.Units.ToList())
        {
            var text = (await overview.SummaryAsync(sender!, unit.Code, null, CancellationToken.None)).Messages.Single().Text;
            var row = RowStarting(units, unit.Name);
            var summary = SummaryNumbers().Match(text);
            if (!summary.Success)
            {
                Assert.Equal(0, Number(row[1]));
                continue;
            }

            checkedUnits++;
            Assert.Equal(N(summary.Groups["total"].Value), Number(row[1]));
            Assert.Equal(N(summary.Groups["done"].Value), Number(row[2]));
            Assert.Equal(N(summary.Groups["progress"].Value), Number(row[3]));
            Assert.Equal(N(summary.Groups["blocked"].Value), Number(row[4]));
            Assert.Equal(N(summary.Groups["open"].Value), Number(row[5]));
            Assert.Equal(N(summary.Groups["overdue"].Value), Number(row[6]));
        }

        Assert.True(checkedUnits >= 5, $"only {checkedUnits} units had tasks");
    }

    [Fact]
    public async Task TasksSheetShowsTheMonthsUpdatesWithOverdueRowsHighlighted()
    {
        using var document = await GetAsync();
        var tasks = Sheet(document, ProgressTexts.TasksSheet);
        var rows = Rows(tasks);
        Assert.Equal(ProgressTexts.TaskHeaders, rows[0].Select(Text));
        Assert.Equal(12, rows.Count - 1);

        var late = RowStarting(tasks, "2.b");
        Assert.Equal("Quá hạn", Text(late[10]));
        Assert.Equal("chưa có kinh phí", Text(late[13]));
        Assert.Equal(1, Number(late[16]));
        Assert.All(late, c => Assert.Equal(WorkbookStyles.OverdueFill, FillColor(document, c)));

        var done = RowStarting(tasks, "2.c");
        Assert.Equal("Hoàn thành", Text(done[10]));
        Assert.Equal(1, Number(done[11]));
        Assert.Contains("https://lapvo.example.vn/2c.pdf", Text(done[12]), StringComparison.Ordinal);
        Assert.Equal("Chuyên viên Văn phòng 1", Text(done[15]));
        Assert.All(done, c => Assert.NotEqual(WorkbookStyles.OverdueFill, FillColor(document, c)));

        var extended = RowStarting(tasks, "6.c");
        Assert.Equal("Đã gia hạn", Text(extended[10]));
        Assert.Equal(new DateTime(2024, 12, 20).ToOADate(), Number(extended[9]));
        Assert.Equal("dd/mm/yyyy", NumberFormat(document, extended[9]));
        Assert.Equal(1.33, Number(extended[3]));
        Assert.Equal(3, Number(extended[4]));

        var highlighted = rows.Skip(1).Count(r => FillColor(document, r[0]) == WorkbookStyles.OverdueFill);
        Assert.Equal(rows.Skip(1).Count(r => Text(r[10]) == "Quá hạn"), highlighted);
    }

    [Fact]
    public async Task TablesHaveFrozenHeadersFiltersAndSizedColumns()
    {
        using var document = await GetAsync();
        foreach (var name in new[] { ProgressTexts.TasksSheet, ProgressTexts.UnitsSheet, ProgressTexts.ReportsSheet, ProgressTexts.ExtensionsSheet })
        {
            var sheet = Sheet(document, name).Worksheet;
            var pane = sheet.Descendants<Pane>().Single();
            Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
            Assert.Equal("A2", pane.TopLeftCell!.Value);
            Assert.StartsWith("A1:", sheet.Elements<AutoFilter>().Single().Reference!.Value, StringComparison.Ordinal);
            Assert.All(sheet.Descendants<Column>(), c => Assert.True(c.CustomWidth!.Value && c.Width!.Value > 5));
        }
    }

    [Fact]
    public async Task SummarySheetCountsAddUpAndCarryTheChartImage()
    {
        using var document = await GetAsync();
        var summary = Sheet(document, ProgressTexts.SummarySheet);
        var total = Number(RowStarting(summary, ProgressTexts.SummaryTotal)[1]);
        var parts = Enum.GetValues<ProgressStatus>().Sum(s => Number(RowStarting(summary, ProgressTexts.Status(s))[1]));
        Assert.Equal(total, parts);
        Assert.Equal(12, total);

        var image = Assert.Single(summary.DrawingsPart!.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        using var png = image.GetStream();
        var header = new byte[24];
        png.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, header[..4]);
        Assert.Equal(ProgressChart.Width, (header[16] << 24) | (header[17] << 16) | (header[18] << 8) | header[19]);
    }

    [Fact]
    public async Task AnEarlierDateIsRebuiltFromTheHistory()
    {
        using var document = await GetAsync("?at=2024-11-10");
        var tasks = Sheet(document, ProgressTexts.TasksSheet);
        Assert.Equal("Quá hạn", Text(RowStarting(tasks, "2.c")[10]));
        Assert.Equal(0.4, Number(RowStarting(tasks, "1.1")[11]));
        Assert.Equal("Chưa thực hiện", Text(RowStarting(tasks, "6.c")[10]));
        var extensions = Rows(Sheet(document, ProgressTexts.ExtensionsSheet)).Skip(1).ToList();
        Assert.Equal(2, extensions.Count);
        Assert.All(extensions, r => Assert.Equal("Chờ duyệt", Text(r[8])));
    }

    [Fact]
    public async Task ReportSheetShowsWhoSubmittedAndHowLateTheOthersAre()
    {
        using var document = await GetAsync();
        var rows = Rows(Sheet(document, ProgressTexts.ReportsSheet)).Skip(1).Where(r => Text(r[1]) == "Tháng 11/2024").ToList();
        Assert.Equal(7, rows.Count);
        var vp = rows.Single(r => Text(r[4]) == "Văn phòng HĐND và UBND huyện");
        Assert.Equal("Chuyên viên Văn phòng 1", Text(vp[6]));
        Assert.Equal(string.Empty, Text(vp[7]));
        var others = rows.Where(r => r != vp).ToList();
        Assert.All(others, r => Assert.Equal(ProgressTexts.NotSubmitted, Text(r[5])));
        Assert.All(others, r => Assert.Equal(1, Number(r[7])));
    }

    [Fact]
    public async Task AUnitNarrowsTheWorkbookToItsSubtree()
    {
        using var document = await GetAsync("?unit=LV-VP");
        var tasks = Rows(Sheet(document, ProgressTexts.TasksSheet)).Skip(1).Select(r => Text(r[0])).ToList();
        Assert.Equal(["2.a", "2.b", "2.c", "6.a", "6.b", "6.c"], tasks);
        Assert.Single(Rows(Sheet(document, ProgressTexts.UnitsSheet)).Skip(1));
    }

    [Theory]
    [InlineData("/api/admin/plans/999%2FKH-X/progress.xlsx", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/progress.xlsx?unit=LV-NOPE", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/progress.xlsx?at=2023-06-01", HttpStatusCode.BadRequest)]
    [InlineData(ProgressHost.PlanPath + "/progress.xlsx?at=2024-12-31", HttpStatusCode.BadRequest)]
    [InlineData(ProgressHost.PlanPath + "/progress.xlsx?at=30/11/2024", HttpStatusCode.BadRequest)]
    public async Task BadRequestsGetProblemDetails(string path, HttpStatusCode status)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task ThePlanCodeMayKeepItsSlash()
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri("/api/admin/plans/104/KH-UBND/progress.xlsx?at=2024-11-30", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static int N(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@": (?<total>\d+) nhiệm vụ\.\s+Đã hoàn thành: (?<done>\d+), Đang thực hiện: (?<progress>\d+), Vướng mắc: (?<blocked>\d+), Chưa thực hiện: (?<open>\d+); quá hạn: (?<overdue>\d+)\.")]
    private static partial Regex SummaryNumbers();
}
