using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformBot.Progress;
using static ReformBot.Tests.Progress.OpenXmlRead;

namespace ReformBot.Tests.Progress;

public sealed partial class ReportDraftTests(ProgressHostFixture fixture) : IClassFixture<ProgressHostFixture>
{
    private const string NovemberDraft = ProgressHost.PlanPath + "/reports/BC-THANG/2024-12-02/draft.docx";

    private ProgressHost Host => fixture.Host;

    private async Task<WordprocessingDocument> GetAsync(string path)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ReportDraft.ContentType, response.Content.Headers.ContentType?.MediaType);
        return WordprocessingDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
    }

    private static List<string> Paragraphs(WordprocessingDocument document) =>
        [.. document.MainDocumentPart!.Document.Body!.Elements<Paragraph>().Select(p => p.InnerText)];

    [Fact]
    public async Task TheDraftsNumbersEqualTheWorkbooksAtTheEndOfTheDataWindow()
    {
        using var draft = await GetAsync(NovemberDraft);
        var overall = Paragraphs(draft).Single(p => p.StartsWith("Trong kỳ, các đơn vị đã hoàn thành", StringComparison.Ordinal));
        var m = Overall().Match(overall);
        Assert.True(m.Success, overall);

        using var client = Host.Client();
        var bytes = await client.GetByteArrayAsync(new Uri(ProgressHost.PlanPath + "/progress.xlsx?at=2024-11-30", UriKind.Relative));
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        var summary = Sheet(workbook, ProgressTexts.SummarySheet);
        double Count(string label) => Number(RowStarting(summary, label)[1]);
        Assert.Equal(Count(ProgressTexts.SummaryTotal), N(m.Groups["total"]));
        Assert.Equal(Count(ProgressTexts.Status(ProgressStatus.Done)), N(m.Groups["done"]));
        Assert.Equal(Count(ProgressTexts.Status(ProgressStatus.InProgress)), N(m.Groups["progress"]));
        Assert.Equal(Count(ProgressTexts.Status(ProgressStatus.NotStarted)), N(m.Groups["open"]));
        Assert.Equal(Count(ProgressTexts.Status(ProgressStatus.Overdue)), N(m.Groups["overdue"]));
        Assert.Equal(Count(ProgressTexts.Status(ProgressStatus.Extended)), N(m.Groups["extended"]));
        Assert.Equal(1, N(m.Groups["inWindow"]));
    }

    [Fact]
    public async Task TheDraftFollowsTheReportOutlineWithObstaclesNextTasksAndPendingExtensions()
    {
        using var draft = await GetAsync(NovemberDraft);
        var paragraphs = Paragraphs(draft);
        var headings = new[] { "I. KẾT QUẢ THỰC HIỆN", "II. TỒN TẠI, HẠN CHẾ", "III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI", "IV. ĐỀ XUẤT, KIẾN NGHỊ", "PHỤ LỤC" };
        var positions = headings.Select(h => paragraphs.IndexOf(h)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0));
        Assert.Equal(positions.Order(), positions);

        string Section(int i) => string.Join("\n", paragraphs.Skip(positions[i]).Take(positions[i + 1] - positions[i]));
        Assert.Contains("Văn phòng HĐND và UBND huyện:", Section(1), StringComparison.Ordinal);
        Assert.Contains("chưa có kinh phí", Section(1), StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ 5.a", Section(2), StringComparison.Ordinal);
        Assert.Contains("đề nghị gia hạn nhiệm vụ 5.a đến ngày 31/12/2024", Section(3), StringComparison.Ordinal);
        Assert.DoesNotContain("nhiệm vụ 6.c", Section(3), StringComparison.Ordinal);
        Assert.Contains("(Số liệu tính từ ngày 01/11/2024 đến ngày 30/11/2024)", paragraphs);

        var appendix = draft.MainDocumentPart!.Document.Body!.Elements<Table>().Last();
        Assert.Equal(12 + 1, appendix.Elements<TableRow>().Count());
        Assert.Contains(appendix.Elements<TableRow>(), r => r.InnerText.Contains("Hoàn thành", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheDraftIsAnA4AdministrativeDocumentWithThePlaceholdersHighlightedAndTheChart()
    {
        using var draft = await GetAsync(NovemberDraft);
        var main = draft.MainDocumentPart!;
        var fonts = main.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
        Assert.Equal("Times New Roman", fonts.Ascii!.Value);
        Assert.Equal("28", main.StyleDefinitionsPart.Styles.DocDefaults.Descendants<FontSize>().Single().Val!.Value);
        var section = main.Document.Body!.Elements<SectionProperties>().Single();
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1134, 1134, 1701u, 850u), (margin.Top!.Value, margin.Bottom!.Value, margin.Left!.Value, margin.Right!.Value));

        var placeholders = main.Document.Descendants<Run>().Where(r => r.InnerText.StartsWith('[')).ToList();
        Assert.True(placeholders.Count >= 5);
        Assert.All(placeholders, r => Assert.Equal(HighlightColorValues.Yellow, r.RunProperties!.Highlight!.Val!.Value));
        Assert.All(main.Document.Descendants<Run>().Where(r => !r.InnerText.Contains('[', StringComparison.Ordinal)), r => Assert.Null(r.RunProperties?.Highlight));

        var image = Assert.Single(main.ImageParts);
        Assert.Equal("image/png", image.ContentType);
        Assert.Single(main.Document.Descendants<DocumentFormat.OpenXml.Drawing.Blip>(), b => b.Embed!.Value == main.GetIdOfPart(image));
    }

    [Fact]
    public async Task AQuarterCanBeNamedAndDraftsTheDataSoFar()
    {
        using var draft = await GetAsync(ProgressHost.PlanPath + "/reports/bc-quy/2024-Q4/draft.docx");
        var paragraphs = Paragraphs(draft);
        Assert.Contains(paragraphs, p => p.EndsWith("Quý IV/2024", StringComparison.Ordinal));
        Assert.Contains("(Số liệu tính từ ngày 15/09/2024 đến ngày 03/12/2024)", paragraphs);
    }

    [Theory]
    [InlineData("/api/admin/plans/999%2FKH-X/reports/BC-THANG/2024-12-02/draft.docx", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/reports/BC-NAM/2024-12-02/draft.docx", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/reports/BC-THANG/2024-12-03/draft.docx", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/reports/BC-THANG/tomorrow/draft.docx", HttpStatusCode.NotFound)]
    [InlineData(ProgressHost.PlanPath + "/reports/BC-THANG/2024-12-02/draft.docx?unit=LV-NOPE", HttpStatusCode.NotFound)]
    public async Task UnknownReportsAndOccurrencesGetProblemDetails(string path, HttpStatusCode status)
    {
        using var client = Host.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static int N(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"hoàn thành (?<done>\d+)/(?<total>\d+) nhiệm vụ \([\d,]+ %\), trong đó (?<inWindow>\d+) nhiệm vụ hoàn thành trong kỳ báo cáo; (?<progress>\d+) nhiệm vụ đang thực hiện; (?<open>\d+) nhiệm vụ chưa thực hiện; (?<overdue>\d+) nhiệm vụ quá hạn; (?<extended>\d+) nhiệm vụ đã được gia hạn\.")]
    private static partial Regex Overall();
}
