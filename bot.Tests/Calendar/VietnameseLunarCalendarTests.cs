using ReformBot.Calendar;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(2000, "2000-02-05")]
    [InlineData(2001, "2001-01-24")]
    [InlineData(2002, "2002-02-12")]
    [InlineData(2003, "2003-02-01")]
    [InlineData(2004, "2004-01-22")]
    [InlineData(2005, "2005-02-09")]
    [InlineData(2006, "2006-01-29")]
    [InlineData(2007, "2007-02-17")]
    [InlineData(2008, "2008-02-07")]
    [InlineData(2009, "2009-01-26")]
    [InlineData(2010, "2010-02-14")]
    [InlineData(2011, "2011-02-03")]
    [InlineData(2012, "2012-01-23")]
    [InlineData(2013, "2013-02-10")]
    [InlineData(2014, "2014-01-31")]
    [InlineData(2015, "2015-02-19")]
    [InlineData(2016, "2016-02-08")]
    [InlineData(2017, "2017-01-28")]
    [InlineData(2018, "2018-02-16")]
    [InlineData(2019, "2019-02-05")]
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2028, "2028-01-26")]
    [InlineData(2029, "2029-02-13")]
    [InlineData(2030, "2030-02-02")] // China: 3/2; the new moon is at 23:07 in Hanoi
    public void TetFallsOnThePublishedDate(int year, string expected)
    {
        Assert.Equal(D(expected), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(D(expected)));
    }

    [Theory]
    [InlineData(1985, "1985-01-21", "1985-02-20")]
    [InlineData(2007, "2007-02-17", "2007-02-18")]
    [InlineData(2030, "2030-02-02", "2030-02-03")]
    public void VietnameseNewYearDiffersFromChineseWhenComputedForUtcPlus7(int year, string vietnam, string china)
    {
        Assert.Equal(D(vietnam), VietnameseLunarCalendar.NewYear(year));
        Assert.Equal(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(D(china), 8.0));
        Assert.NotEqual(new LunarDate(year, 1, 1), VietnameseLunarCalendar.ToLunar(D(china)));
    }

    [Theory]
    [InlineData(2019, "2019-04-14")]
    [InlineData(2020, "2020-04-02")]
    [InlineData(2021, "2021-04-21")]
    [InlineData(2022, "2022-04-10")]
    [InlineData(2023, "2023-04-29")]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void HungKingsDayIsTheTenthOfTheThirdLunarMonth(int year, string expected) =>
        Assert.Equal(D(expected), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)));

    [Theory]
    [InlineData("2024-02-08", 2023, 12, 29, false)]
    [InlineData("2025-01-25", 2024, 12, 26, false)]
    [InlineData("2026-02-22", 2026, 1, 6, false)]
    [InlineData("2023-03-22", 2023, 2, 1, true)]
    [InlineData("2023-04-20", 2023, 3, 1, false)]
    public void SolarDatesConvertToTheLunarDatesAnnouncementsName(string solar, int year, int month, int day, bool leap)
    {
        var lunar = new LunarDate(year, month, day, leap);
        Assert.Equal(lunar, VietnameseLunarCalendar.ToLunar(D(solar)));
        Assert.Equal(D(solar), VietnameseLunarCalendar.ToSolar(lunar));
    }

    [Fact]
    public void EveryDayFrom1900To2100RoundTrips()
    {
        for (var d = new DateOnly(1900, 2, 1); d <= new DateOnly(2100, 12, 31); d = d.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.ToLunar(d);
            Assert.Equal(d, VietnameseLunarCalendar.ToSolar(lunar));
        }
    }

    [Fact]
    public void ALeapMonthTheYearDoesNotHaveIsRejected()
    {
        Assert.Throws<ArgumentException>(() => VietnameseLunarCalendar.ToSolar(new LunarDate(2024, 2, 1, true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => VietnameseLunarCalendar.ToLunar(new DateOnly(1899, 12, 31)));
    }
}
