using ReformBot.Calendar;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

/// <summary>
/// The civil servants' calendar 2019–2026 as the Government announced it (bot/Calendar/calendar-overrides.json),
/// written out here day by day from the announcements rather than from the code.
/// </summary>
public sealed class AnnouncedCalendarTests
{
    private static readonly WorkingCalendar Official = new();
    private static readonly WorkingCalendar RulesOnly = new(CalendarOverrides.Empty);

    /// <summary>Every weekday (Monday–Friday) not worked, month-day, by year.</summary>
    public static TheoryData<int, string[]> WeekdaysOff => new()
    {
        { 2019, ["01-01", "02-04", "02-05", "02-06", "02-07", "02-08", "04-15", "04-29", "04-30", "05-01", "09-02"] },
        { 2020, ["01-01", "01-23", "01-24", "01-27", "01-28", "01-29", "04-02", "04-30", "05-01", "09-02"] },
        { 2021, ["01-01", "02-10", "02-11", "02-12", "02-15", "02-16", "04-21", "04-30", "05-03", "09-02", "09-03"] },
        { 2022, ["01-03", "01-31", "02-01", "02-02", "02-03", "02-04", "04-11", "05-02", "05-03", "09-01", "09-02"] },
        { 2023, ["01-02", "01-20", "01-23", "01-24", "01-25", "01-26", "05-01", "05-02", "05-03", "09-01", "09-04"] },
        { 2024, ["01-01", "02-08", "02-09", "02-12", "02-13", "02-14", "04-18", "04-29", "04-30", "05-01", "09-02", "09-03"] },
        { 2025, ["01-01", "01-27", "01-28", "01-29", "01-30", "01-31", "04-07", "04-30", "05-01", "05-02", "09-01", "09-02"] },
        { 2026, ["01-01", "01-02", "02-16", "02-17", "02-18", "02-19", "02-20", "04-27", "04-30", "05-01", "08-31", "09-01", "09-02"] },
    };

    /// <summary>Every Saturday worked instead of a swapped day off, by year.</summary>
    public static TheoryData<int, string[]> MakeUpSaturdays => new()
    {
        { 2019, ["01-05", "05-04"] },
        { 2020, [] },
        { 2021, [] },
        { 2022, [] },
        { 2023, [] },
        { 2024, ["05-04"] },
        { 2025, ["04-26"] },
        { 2026, ["01-10", "09-05"] },
    };

    [Theory]
    [MemberData(nameof(WeekdaysOff))]
    public void EveryWeekdayOffIsTheAnnouncedOne(int year, string[] expected)
    {
        var dates = expected.Select(md => D($"{year}-{md}")).ToList();
        Assert.Equal(dates, Official.DaysOffIn(year).Select(d => d.Date));
        Assert.Equal(dates, Official.DescribeYear(year).DaysOff.Select(d => d.Date));

        // And every other weekday of the year is worked.
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                Assert.Equal(!dates.Contains(d), Official.IsWorkingDay(d));
            }
        }
    }

    [Theory]
    [MemberData(nameof(MakeUpSaturdays))]
    public void EveryMakeUpSaturdayIsAWorkingDayAndNoOtherWeekendIs(int year, string[] expected)
    {
        var dates = expected.Select(md => D($"{year}-{md}")).ToList();
        Assert.Equal(dates, Official.DescribeYear(year).MakeUpWorkingDays.Select(d => d.Date));
        for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
        {
            if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                Assert.Equal(dates.Contains(d), Official.IsWorkingDay(d));
            }
        }

        Assert.All(dates, d => Assert.Equal(CalendarDayKind.MakeUpWorkingDay, Official.Describe(d).Kind));
    }

    [Theory]
    [InlineData("2019-09-03")] // Labour Code 2012: 2/9 only, whatever day it falls on
    [InlineData("2020-09-01")]
    [InlineData("2020-09-03")]
    [InlineData("2019-09-01")]
    public void BeforeTwentyTwentyOneTheNationalDayIsOneDay(string date)
    {
        var day = D(date);
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || RulesOnly.IsWorkingDay(day));
        Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday || Official.IsWorkingDay(day));
    }

    [Theory]
    [InlineData(2015, 1)]
    [InlineData(2020, 1)]
    [InlineData(2021, 2)]
    [InlineData(2027, 2)]
    [InlineData(2100, 2)]
    public void TheLabourCodeInForceSetsTheNumberOfNationalDays(int year, int days)
    {
        Assert.Equal(days, PublicHolidayRules.NationalDays(year).Count);
        Assert.Contains(year >= 2021 ? "2019" : "2012", PublicHolidayRules.LabourCode(year), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2019, true)]
    [InlineData(2022, true)]
    [InlineData(2026, true)]
    [InlineData(2018, false)]
    [InlineData(2027, false)]
    public void AYearSaysWhetherItIsAnnouncedOrComputed(int year, bool announced)
    {
        var described = Official.DescribeYear(year);
        Assert.Equal(announced, described.IsAnnounced);
        Assert.Equal(announced, Official.IsAnnounced(year));
        Assert.Equal(announced, described.Source is not null);
    }

    [Theory]
    [InlineData("2026-02-16", false, CalendarDayKind.Holiday, "Tết Nguyên đán")]
    [InlineData("2026-02-14", false, CalendarDayKind.Holiday, "Tết Nguyên đán")]
    [InlineData("2026-01-02", false, CalendarDayKind.SwappedDayOff, "Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)")]
    [InlineData("2026-01-10", true, CalendarDayKind.MakeUpWorkingDay, "Làm bù cho thứ Sáu 02/01/2026 (nghỉ hoán đổi dịp Tết Dương lịch)")]
    [InlineData("2026-04-27", false, CalendarDayKind.Compensatory, "Nghỉ bù Giỗ Tổ Hùng Vương")]
    [InlineData("2026-12-05", false, CalendarDayKind.Weekend, "Thứ Bảy")]
    [InlineData("2026-12-01", true, CalendarDayKind.WorkingDay, "Ngày làm việc")]
    public void ADayIsExplained(string date, bool working, CalendarDayKind kind, string name)
    {
        var day = Official.Describe(D(date));
        Assert.Equal((working, kind, name), (day.IsWorkingDay, day.Kind, day.Name));
    }

    [Fact]
    public void EveryDayOffOfAnAnnouncedYearNamesItsSource()
    {
        var days = Enumerable.Range(2019, 8).SelectMany(y => Official.DescribeYear(y).DaysOff.Concat(Official.DescribeYear(y).MakeUpWorkingDays));
        Assert.All(days, d => Assert.False(string.IsNullOrWhiteSpace(d.Source), $"{d.Date} has no source"));
        Assert.Contains("12729/VPCP-KGVX", Official.Describe(D("2026-01-02")).Source, StringComparison.Ordinal);
        Assert.Contains("Điều 111", Official.Describe(D("2026-04-27")).Source, StringComparison.Ordinal);
        Assert.Contains("2012", Official.Describe(D("2019-04-15")).Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-06-01", new int[] { 2027 })]
    [InlineData("2027-03-01", new int[] { 2027, 2028 })]
    [InlineData("2025-06-01", new int[] { })]
    public void TheYearsWithoutAnAnnouncementAreNamed(string today, int[] years) =>
        Assert.Equal(years, Official.YearsWithoutAnnouncement(D(today)));
}
