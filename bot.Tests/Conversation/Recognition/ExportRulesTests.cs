using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

public sealed class ExportRulesTests
{
    private static readonly DateOnly Today = new(2024, 12, 3);

    [Theory]
    [InlineData("xuất báo cáo tiến độ", IntentKind.ProgressExport)]
    [InlineData("xuat bao cao tien do", IntentKind.ProgressExport)]
    [InlineData("tiến độ phòng nội vụ ra excel", IntentKind.ProgressExport)]
    [InlineData("dự thảo báo cáo quý 4", IntentKind.ReportDraft)]
    [InlineData("du thao bao cao thang 11", IntentKind.ReportDraft)]
    [InlineData("đã nộp báo cáo tháng 11", IntentKind.ReportSubmitted)]
    [InlineData("tiến độ phòng nội vụ", IntentKind.Summary)]
    public void FileRequestsAreToldFromOtherReportMessages(string text, IntentKind expected) =>
        Assert.Equal(expected, IntentRecognizer.Recognize(text, Today).Intent);

    [Fact]
    public void TheDraftKeepsTheReportPeriodAndTheWorkbookTheUnit()
    {
        var draft = IntentRecognizer.Recognize("dự thảo báo cáo quý 4", Today);
        Assert.Equal(new ReportMention(ReportKind.Quarterly, 4), draft.Slots.Report);
        var workbook = IntentRecognizer.Recognize("tiến độ phòng nội vụ ra excel", Today);
        Assert.Contains("nội vụ", workbook.Slots.Unit, StringComparison.OrdinalIgnoreCase);
    }
}
