using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Tests.Cards;

public sealed class CardTextsTests
{
    [Theory]
    [InlineData("2024-11-30", "2024-11-25", "còn 5 ngày")]
    [InlineData("2024-11-30", "2024-11-29", "còn 1 ngày (ngày mai)")]
    [InlineData("2024-11-30", "2024-11-30", "hôm nay đến hạn")]
    [InlineData("2024-11-30", "2024-12-01", "quá hạn 1 ngày (hôm qua)")]
    [InlineData("2024-11-30", "2025-01-09", "quá hạn 40 ngày")]
    public void DayPhrases(string due, string today, string expected)
    {
        Assert.Equal(expected, CardTexts.DayPhrase(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("2024-12-13", "còn 2 ngày")]
    [InlineData("2024-12-15", "hôm nay đến hạn")]
    [InlineData("2024-12-16", "hôm nay đến hạn")]
    [InlineData("2024-12-17", "quá hạn 1 ngày (hôm qua)")]
    public void DeadlineOnASundayIsOverdueOnlyAfterTheNextWorkingDay(string today, string expected)
    {
        var due = new DateOnly(2024, 12, 15);
        var legal = new DateOnly(2024, 12, 16);
        Assert.Equal(expected, CardTexts.DayPhrase(due, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), legal));
    }

    [Theory]
    [InlineData(TaskState.Open, "Chưa thực hiện")]
    [InlineData(TaskState.InProgress, "Đang thực hiện")]
    [InlineData(TaskState.Blocked, "Vướng mắc")]
    [InlineData(TaskState.Done, "Đã hoàn thành")]
    [InlineData(TaskState.Cancelled, "Đã hủy")]
    public void StatusNames(TaskState state, string expected) => Assert.Equal(expected, CardTexts.Status(state));

    [Fact]
    public void DatesAndPointsAreWrittenTheVietnameseWay()
    {
        Assert.Equal("05/03/2024", CardTexts.Date(new DateOnly(2024, 3, 5)));
        Assert.Equal("0,40/0,50 điểm", CardTexts.Score(new Score(0.40m, 0.50m)));
        Assert.Equal("08:30 ngày 02/12/2024", CardTexts.Moment(new DateTimeOffset(2024, 12, 2, 1, 30, 0, TimeSpan.Zero)));
    }

    [Fact]
    public void DeadlinesInThePlansWords()
    {
        Assert.Equal("Xong trước 30/11/2024", CardTexts.Deadline(Deadline.On(new DateOnly(2024, 11, 30)), null));
        Assert.Equal("Cả năm 2024", CardTexts.Deadline(new Deadline(DeadlineKind.Year, null, null, 2024, null), null));
        Assert.Equal("Thường xuyên, xong trước 30/11/2024", CardTexts.Deadline(new Deadline(DeadlineKind.Ongoing, null, new DateOnly(2024, 11, 30), null, null), null));
        Assert.Equal("Thường xuyên", CardTexts.Deadline(new Deadline(DeadlineKind.Ongoing, null, null, null, null), null));
        Assert.Equal("trước ngày 05/11 hằng năm", CardTexts.Deadline(Deadline.On(new DateOnly(2024, 11, 5)), "trước ngày 05/11 hằng năm"));
    }

    [Fact]
    public void ShortenCutsOnAWord()
    {
        Assert.Equal("ngắn", CardTexts.Shorten("ngắn", 10));
        Assert.Equal("một hai…", CardTexts.Shorten("một hai ba bốn năm", 10));
    }
}
