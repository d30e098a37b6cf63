using System.Globalization;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>Dates as officers write them, resolved against Wednesday 2024-11-20.</summary>
public sealed class VietnameseDateParserTests
{
    private static readonly DateOnly Wednesday = new(2024, 11, 20);

    [Theory]
    [InlineData("20/12", "2024-12-20")]
    [InlineData("20/12/2024", "2024-12-20")]
    [InlineData("20-12-2024", "2024-12-20")]
    [InlineData("20.12.2024", "2024-12-20")]
    [InlineData("5/1/25", "2025-01-05")]
    [InlineData("5/1", "2025-01-05")]
    [InlineData("1/10", "2024-10-01")]
    [InlineData("15/9", "2025-09-15")]
    [InlineData("20/11", "2024-11-20")]
    [InlineData("ngày 20 tháng 12", "2024-12-20")]
    [InlineData("ngay 20 thang 12 nam 2024", "2024-12-20")]
    [InlineData("ngày 5 tháng 1 năm 2025", "2025-01-05")]
    [InlineData("hôm nay", "2024-11-20")]
    [InlineData("hom nay", "2024-11-20")]
    [InlineData("ngày mai", "2024-11-21")]
    [InlineData("mai", "2024-11-21")]
    [InlineData("ngày kia", "2024-11-22")]
    [InlineData("mốt", "2024-11-22")]
    [InlineData("den mot", "2024-11-22")]
    [InlineData("thứ sáu", "2024-11-22")]
    [InlineData("thu 6", "2024-11-22")]
    [InlineData("t6", "2024-11-22")]
    [InlineData("thứ tư", "2024-11-27")]
    [InlineData("thứ hai", "2024-11-25")]
    [InlineData("thu 7", "2024-11-23")]
    [InlineData("chủ nhật", "2024-11-24")]
    [InlineData("cn", "2024-11-24")]
    [InlineData("thứ 6 tuần sau", "2024-11-29")]
    [InlineData("thứ hai tuần tới", "2024-11-25")]
    [InlineData("thu ba tuan sau", "2024-11-26")]
    [InlineData("cuối tuần", "2024-11-22")]
    [InlineData("cuối tháng", "2024-11-30")]
    [InlineData("cuoi thang sau", "2024-12-31")]
    [InlineData("đầu tháng sau", "2024-12-01")]
    [InlineData("sau 3 ngày", "2024-11-23")]
    [InlineData("3 ngày nữa", "2024-11-23")]
    [InlineData("sau hai ngay", "2024-11-22")]
    [InlineData("2 tuần nữa", "2024-12-04")]
    [InlineData("tuần sau", "2024-11-25")]
    [InlineData("tuan toi", "2024-11-25")]
    [InlineData("cuối năm", "2024-12-31")]
    [InlineData("cuối quý", "2024-12-31")]
    [InlineData("ngày 25", "2024-11-25")]
    [InlineData("ngay 5", "2024-12-05")]
    [InlineData("xin gia hạn đến 20/12 vì chờ số liệu", "2024-12-20")]
    [InlineData("nhắc tôi thứ hai nhé", "2024-11-25")]
    public void ParsesDate(string text, string expected)
    {
        Assert.True(VietnameseDateParser.TryParse(text, Wednesday, out var date), text);
        Assert.Equal(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("31/02")]
    [InlineData("30/02/2024")]
    [InlineData("32/12")]
    [InlineData("20/13")]
    [InlineData("nv 2.a")]
    [InlineData("70%")]
    [InlineData("một tuần")]
    [InlineData("xong rồi")]
    [InlineData("")]
    [InlineData("104/KH-UBND")]
    public void DoesNotParseWhatIsNoDate(string text) => Assert.False(VietnameseDateParser.TryParse(text, Wednesday, out _), text);

    [Fact]
    public void LeapDayIsADateInALeapYear() => Assert.True(VietnameseDateParser.TryParse("29/02/2024", Wednesday, out var d) && d == new DateOnly(2024, 2, 29));

    [Fact]
    public void WeekdayNamedOnItsOwnDayMeansNextWeek() => Assert.True(VietnameseDateParser.TryParse("thứ 4", Wednesday, out var d) && d == new DateOnly(2024, 11, 27));

    [Fact]
    public void WeekendOnSaturdayMeansNextFriday() => Assert.True(VietnameseDateParser.TryParse("cuối tuần", new DateOnly(2024, 11, 23), out var d) && d == new DateOnly(2024, 11, 29));

    [Theory]
    [InlineData("sau 2 ngày", 48 * 60)]
    [InlineData("2 tiếng nữa", 120)]
    [InlineData("1 tuần", 7 * 24 * 60)]
    [InlineData("30 phút", 30)]
    [InlineData("sau 2h", 120)]
    [InlineData("nửa tiếng nữa", 30)]
    [InlineData("một ngày", 24 * 60)]
    public void ParsesDuration(string text, int minutes)
    {
        Assert.True(VietnameseDurationParser.TryParse(text, out var duration), text);
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("họp lúc 14h")]
    [InlineData("thứ hai")]
    [InlineData("")]
    public void DoesNotParseWhatIsNoDuration(string text) => Assert.False(VietnameseDurationParser.TryParse(text, out _), text);
}
