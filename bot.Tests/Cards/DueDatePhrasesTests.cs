using Humanizer;
using ReformBot.Cards;

namespace ReformBot.Tests.Cards;

public sealed class DueDatePhrasesTests
{
    private static readonly DateOnly Today = new(2024, 11, 20);

    [Theory]
    [InlineData(0, "hôm nay đến hạn")]
    [InlineData(3, "còn 3 ngày")]
    [InlineData(1, "còn 1 ngày (ngày mai)")]
    [InlineData(-2, "quá hạn 2 ngày")]
    [InlineData(-1, "quá hạn 1 ngày (hôm qua)")]
    [InlineData(30, "còn 30 ngày")]
    [InlineData(-45, "quá hạn 45 ngày")]
    public void DescribesTheDistanceToTheDeadline(int days, string expected) =>
        Assert.Equal(expected, DueDatePhrases.Describe(Today.AddDays(days), Today));

    [Fact]
    public void HumanizerSpeaksVietnameseThroughTheExplicitCulture()
    {
        VietnameseHumanizer.Register();
        var vi = VietnameseHumanizer.Culture;
        var now = new DateTime(2024, 11, 20, 8, 0, 0, DateTimeKind.Utc);
        Assert.Equal("3 ngày", TimeSpan.FromDays(3).Humanize(culture: vi));
        Assert.Equal("2 giờ", TimeSpan.FromHours(2).Humanize(culture: vi));
        Assert.Equal("hôm qua", now.AddDays(-1).Humanize(dateToCompareAgainst: now, culture: vi));
        Assert.Equal("ngày mai", now.AddDays(1).Humanize(dateToCompareAgainst: now, culture: vi));
        Assert.Equal("2 giờ trước", now.AddHours(-2).Humanize(dateToCompareAgainst: now, culture: vi));
        Assert.Equal("3 ngày nữa", now.AddDays(3).Humanize(dateToCompareAgainst: now, culture: vi));
    }

    [Fact]
    public void RegistrationIsIdempotentAcrossThreads()
    {
        Parallel.For(0, 32, _ => VietnameseHumanizer.Register());
        Assert.Equal("còn 3 ngày", DueDatePhrases.Describe(Today.AddDays(3), Today));
    }
}
