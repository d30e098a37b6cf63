using ReformBot.Calendar;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Official = new();
    private static readonly WorkingCalendar RulesOnly = new(CalendarOverrides.Empty);

    [Theory]
    [InlineData("2024-12-15", "2024-12-16")] // DOMAIN.md: due Sunday 15/12/2024, legally Monday 16/12
    [InlineData("2024-12-14", "2024-12-16")]
    [InlineData("2024-12-13", "2024-12-13")]
    [InlineData("2025-01-01", "2025-01-02")]
    [InlineData("2025-04-30", "2025-05-05")] // 30/4, 1/5, the 2/5 swap, then the weekend
    [InlineData("2024-02-10", "2024-02-15")] // inside the 2024 Tết break
    [InlineData("2024-09-02", "2024-09-04")]
    public void LegalDueDateIsTheNextWorkingDayWhenDueOnADayOff(string due, string expected) =>
        Assert.Equal(D(expected), Official.LegalDueDate(D(due)));

    [Fact]
    public void AReportDueOnSundayIsRemindedOnFridayAndOverdueFromTuesday()
    {
        var due = D("2024-12-15");
        Assert.Equal(D("2024-12-13"), Official.WorkingDayOnOrBefore(due));
        Assert.Equal(D("2024-12-17"), Official.NextWorkingDay(Official.LegalDueDate(due)));
    }

    public static TheoryData<int, string[]> OfficialDaysOff => new()
    {
        {
            2024,
            [
                "2024-01-01", "2024-02-08", "2024-02-09", "2024-02-12", "2024-02-13", "2024-02-14", "2024-04-18",
                "2024-04-29", "2024-04-30", "2024-05-01", "2024-09-02", "2024-09-03",
            ]
        },
        {
            2025,
            [
                "2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-04-07",
                "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01", "2025-09-02",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(OfficialDaysOff))]
    public void DaysOffInFollowsTheGovernmentsAnnouncement(int year, string[] expected) =>
        Assert.Equal(expected.Select(D), Official.DaysOffIn(year).Select(d => d.Date));

    [Theory]
    [InlineData("2024-05-04", true)] // Saturday worked for the 29/4 swap
    [InlineData("2025-04-26", true)] // Saturday worked for the 2/5 swap
    [InlineData("2024-05-11", false)]
    [InlineData("2024-04-29", false)]
    [InlineData("2024-12-16", true)]
    public void SwappedSaturdaysAreWorkingDays(string date, bool working) =>
        Assert.Equal(working, Official.IsWorkingDay(D(date)));

    [Theory]
    [InlineData("2024-02-10", "Tết Nguyên đán")]
    [InlineData("2024-02-14", "Tết Nguyên đán")]
    [InlineData("2024-12-15", "Chủ nhật")]
    [InlineData("2024-12-14", "Thứ Bảy")]
    [InlineData("2024-04-18", "Giỗ Tổ Hùng Vương")]
    [InlineData("2023-01-02", "Nghỉ bù Tết Dương lịch")]
    [InlineData("2024-04-29", "Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 04/5/2024)")]
    public void ADayOffSaysWhy(string date, string name)
    {
        Assert.True(Official.IsDayOff(D(date), out var dayOff));
        Assert.Equal(new DayOff(D(date), name), dayOff);
    }

    [Fact]
    public void AWorkingDayHasNoDayOff()
    {
        Assert.Null(Official.DayOffOn(D("2024-12-16")));
        Assert.False(Official.IsDayOff(D("2024-12-16")));
    }

    [Theory]
    [InlineData("2023-01-02", "Nghỉ bù Tết Dương lịch")] // 1/1/2023 was a Sunday
    [InlineData("2022-01-03", "Nghỉ bù Tết Dương lịch")] // 1/1/2022 was a Saturday
    [InlineData("2023-05-02", "Nghỉ bù Giỗ Tổ Hùng Vương")] // Sat 29/4/2023
    [InlineData("2023-05-03", "Nghỉ bù Ngày Chiến thắng")] // Sun 30/4/2023
    [InlineData("2023-09-01", "Quốc khánh")] // 2/9/2023 a Saturday: the adjacent day is Friday 1/9
    [InlineData("2023-09-04", "Nghỉ bù Quốc khánh")]
    [InlineData("2024-02-15", "Nghỉ bù Tết Nguyên đán")] // rules only: Tết 2024 took a Saturday and a Sunday
    [InlineData("2024-02-14", "Nghỉ bù Tết Nguyên đán")]
    public void AHolidayOnAWeekendGivesACompensatoryDay(string date, string name) =>
        Assert.Equal(new DayOff(D(date), name), RulesOnly.DayOffOn(D(date)));

    [Theory]
    [InlineData(2021, "2021-09-03")] // Thursday → Friday
    [InlineData(2022, "2022-09-01")] // Friday → Thursday
    [InlineData(2024, "2024-09-03")] // Monday → Tuesday
    [InlineData(2025, "2025-09-01")] // Tuesday → Monday
    public void NationalDayTakesTheAdjacentDayThatJoinsAWeekend(int year, string adjacent) =>
        Assert.Contains(PublicHolidayRules.NationalDays(year), d => d.Date == D(adjacent));

    [Theory]
    [InlineData("2024-02-07", 1, "2024-02-15")]
    [InlineData("2024-02-15", -1, "2024-02-07")]
    [InlineData("2024-02-06", 3, "2024-02-16")]
    [InlineData("2025-01-24", 1, "2025-02-03")]
    [InlineData("2025-02-03", -1, "2025-01-24")]
    [InlineData("2024-12-31", 1, "2025-01-02")]
    [InlineData("2024-12-16", -3, "2024-12-11")]
    [InlineData("2024-12-15", 0, "2024-12-15")]
    [InlineData("2024-12-13", 1, "2024-12-16")]
    public void AddWorkingDaysSkipsWeekendsAndHolidays(string from, int days, string expected) =>
        Assert.Equal(D(expected), Official.AddWorkingDays(D(from), days));

    [Theory]
    [InlineData("2024-12-13", "2024-12-16", "2024-12-12", "2024-12-13", "2024-12-13")]
    [InlineData("2024-12-15", "2024-12-16", "2024-12-13", "2024-12-16", "2024-12-13")]
    [InlineData("2024-04-27", "2024-05-02", "2024-04-26", "2024-05-02", "2024-04-26")]
    public void NeighbouringWorkingDays(string date, string next, string previous, string onOrAfter, string onOrBefore)
    {
        Assert.Equal(D(next), Official.NextWorkingDay(D(date)));
        Assert.Equal(D(previous), Official.PreviousWorkingDay(D(date)));
        Assert.Equal(D(onOrAfter), Official.WorkingDayOnOrAfter(D(date)));
        Assert.Equal(D(onOrBefore), Official.WorkingDayOnOrBefore(D(date)));
    }

    [Theory]
    [InlineData("1999-12-31")]
    [InlineData("2101-01-01")]
    public void YearsOutside2000To2100AreRejected(string date)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.IsWorkingDay(D(date)));
        Assert.Throws<ArgumentOutOfRangeException>(() => Official.DaysOffIn(D(date).Year));
    }

    [Fact]
    public void EveryYearHasTheLabourCodesNumberOfWeekdaysOffByTheRules()
    {
        // Labour Code 2019 Art. 112 gives 11 holidays from 2021, the 2012 code's Art. 115 gave 10 (one National Day);
        // each one on a weekend is made up by exactly one weekday.
        var counts = Enumerable.Range(2000, 101).AsParallel().Select(y => (Year: y, Count: RulesOnly.DaysOffIn(y).Count)).ToList();
        Assert.All(counts, c => Assert.Equal(c.Year >= 2021 ? 11 : 10, c.Count));
    }

    [Fact]
    public void CountWorkingDaysCountsBothEnds() =>
        Assert.Equal(16, Official.CountWorkingDays(D("2024-02-01"), D("2024-02-29")));
}
