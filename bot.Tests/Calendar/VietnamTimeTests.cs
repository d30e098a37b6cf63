using ReformBot.Calendar;
using ReformBot.Tests.Infrastructure;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

public sealed class VietnamTimeTests
{
    [Theory]
    [InlineData("2024-12-31T16:59:59Z", "2024-12-31")]
    [InlineData("2024-12-31T17:00:00Z", "2025-01-01")]
    [InlineData("2025-01-01T00:00:00+07:00", "2025-01-01")]
    public void TodayIsTheDateInVietnam(string utcNow, string expected)
    {
        var clock = new ManualTimeProvider(DateTimeOffset.Parse(utcNow, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(D(expected), VietnamTime.Today(clock));
        Assert.Equal(TimeSpan.FromHours(7), VietnamTime.Now(clock).Offset);
    }

    [Fact]
    public void LocalWallClockTimesConvertToUtc()
    {
        Assert.Equal(new DateTimeOffset(2024, 12, 16, 1, 0, 0, TimeSpan.Zero), VietnamTime.ToUtc(D("2024-12-16"), new TimeOnly(8, 0)));
        Assert.Equal(new DateTime(2024, 12, 16, 8, 0, 0), VietnamTime.ToLocal(new DateTimeOffset(2024, 12, 16, 1, 0, 0, TimeSpan.Zero)).DateTime);
    }
}
