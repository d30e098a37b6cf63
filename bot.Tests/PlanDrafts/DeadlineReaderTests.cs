using ReformBot.PlanDrafts;
using ReformBot.Plans;

namespace ReformBot.Tests.PlanDrafts;

public sealed class DeadlineReaderTests
{
    [Theory]
    [InlineData("Xong trước 30/11/2024", "date", "2024-11-30")]
    [InlineData("Quý III/2024", "date", "2024-09-30")]
    [InlineData("Tháng 2/2024", "date", "2024-02-29")]
    [InlineData("Giữa tháng 6/2024", "date", "2024-06-15")]
    [InlineData("Trước ngày 05/11 hằng năm", "date", "2024-11-05")]
    [InlineData("6 tháng đầu năm", "date", "2024-06-30")]
    [InlineData("", "date", "2024-12-31")]
    [InlineData("Thường xuyên", "ongoing", "")]
    [InlineData("Thường xuyên, xong trước 30/11/2024", "ongoing", "2024-11-30")]
    [InlineData("Cả năm 2024", "year", "2024")]
    public void DeadlineIsReadAsPlansWriteIt(string text, string kind, string value)
    {
        var deadline = DeadlineReader.Read(text, 2024)!;

        var actual = deadline.Kind switch
        {
            DeadlineKind.Date => ("date", deadline.Date!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            DeadlineKind.Ongoing => ("ongoing", deadline.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            _ => ("year", deadline.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        Assert.Equal((kind, value), actual);
    }

    [Theory]
    [InlineData("Khi có yêu cầu")]
    [InlineData("Xong trước 31/11/2024")]
    public void DeadlineNotUnderstoodIsNull(string text) => Assert.Null(DeadlineReader.Read(text, 2024));
}
