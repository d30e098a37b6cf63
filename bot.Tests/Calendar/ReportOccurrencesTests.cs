using ReformBot.Calendar;
using ReformBot.Plans;
using static ReformBot.Tests.Calendar.CalendarTestDates;

namespace ReformBot.Tests.Calendar;

public sealed class ReportOccurrencesTests
{
    private static ReportEntry Report(ReportCadence cadence, int dueDay, ReportWindow window, int? dueMonth = null, int[]? dueMonths = null) =>
        new("BC", "Báo cáo", cadence, dueDay, dueMonths, dueMonth, window, ["U1"], "U0");

    private static ReportOccurrence Occurrence(string due, string? start, string? end, string label) =>
        new(D(due), start is null ? null : D(start), end is null ? null : D(end), label);

    public static TheoryData<ReportEntry, string, ReportOccurrence> Examples => new()
    {
        // DOMAIN.md: due 02/12/2024 covers 01/11–30/11/2024.
        { Report(ReportCadence.Monthly, 2, ReportWindow.PreviousMonth), "2024-12-02", Occurrence("2024-12-02", "2024-11-01", "2024-11-30", "Tháng 11/2024") },
        { Report(ReportCadence.Monthly, 2, ReportWindow.PreviousMonth), "2025-01-02", Occurrence("2025-01-02", "2024-12-01", "2024-12-31", "Tháng 12/2024") },
        { Report(ReportCadence.Monthly, 2, ReportWindow.PreviousMonth), "2024-03-02", Occurrence("2024-03-02", "2024-02-01", "2024-02-29", "Tháng 2/2024") },
        { Report(ReportCadence.Monthly, 0, ReportWindow.PreviousMonth), "2024-07-02", Occurrence("2024-07-02", "2024-06-01", "2024-06-30", "Tháng 6/2024") },
        { Report(ReportCadence.Monthly, 20, ReportWindow.FifteenToFourteen), "2024-12-20", Occurrence("2024-12-20", "2024-11-15", "2024-12-14", "Tháng 12/2024") },
        { Report(ReportCadence.Monthly, 5, ReportWindow.None), "2024-12-05", Occurrence("2024-12-05", null, null, "Tháng 12/2024") },
        // DOMAIN.md: Q1 due 15/3/2024 covers 15/12/2023–14/3/2024; Q4 due 15/12/2024 covers 15/9–14/12/2024.
        { Report(ReportCadence.Quarterly, 15, ReportWindow.FifteenToFourteen), "2024-03-15", Occurrence("2024-03-15", "2023-12-15", "2024-03-14", "Quý I/2024") },
        { Report(ReportCadence.Quarterly, 15, ReportWindow.FifteenToFourteen), "2024-06-15", Occurrence("2024-06-15", "2024-03-15", "2024-06-14", "Quý II/2024") },
        { Report(ReportCadence.Quarterly, 15, ReportWindow.FifteenToFourteen), "2024-09-15", Occurrence("2024-09-15", "2024-06-15", "2024-09-14", "Quý III/2024") },
        { Report(ReportCadence.Quarterly, 15, ReportWindow.FifteenToFourteen), "2024-12-15", Occurrence("2024-12-15", "2024-09-15", "2024-12-14", "Quý IV/2024") },
        { Report(ReportCadence.Quarterly, 5, ReportWindow.PreviousMonth, dueMonths: [1, 4, 7, 10]), "2024-04-05", Occurrence("2024-04-05", "2024-03-01", "2024-03-31", "Quý I/2024") },
        { Report(ReportCadence.Quarterly, 20, ReportWindow.CalendarYearToDate), "2024-06-20", Occurrence("2024-06-20", "2024-01-01", "2024-06-19", "Quý II/2024") },
        // Lạng Sơn 126/KH-UBND: 6-month, 9-month and annual reports on the reporting year to date.
        { Report(ReportCadence.Yearly, 15, ReportWindow.ReportingYearToDate, dueMonth: 6), "2024-06-15", Occurrence("2024-06-15", "2023-12-15", "2024-06-14", "6 tháng đầu năm 2024") },
        { Report(ReportCadence.Yearly, 15, ReportWindow.ReportingYearToDate, dueMonth: 9), "2024-09-15", Occurrence("2024-09-15", "2023-12-15", "2024-09-14", "9 tháng năm 2024") },
        { Report(ReportCadence.Yearly, 15, ReportWindow.ReportingYearToDate, dueMonth: 12), "2024-12-15", Occurrence("2024-12-15", "2023-12-15", "2024-12-14", "Năm 2024") },
        // Hậu Giang 146/KH-UBND: before 05/11 each year, the year to date.
        { Report(ReportCadence.Yearly, 5, ReportWindow.CalendarYearToDate, dueMonth: 11), "2024-11-05", Occurrence("2024-11-05", "2024-01-01", "2024-11-04", "Năm 2024") },
        { Report(ReportCadence.Yearly, 15, ReportWindow.FifteenToFourteen, dueMonth: 12), "2024-12-15", Occurrence("2024-12-15", "2023-12-15", "2024-12-14", "Năm 2024") },
        { Report(ReportCadence.Yearly, 10, ReportWindow.PreviousMonth, dueMonth: 1), "2025-01-10", Occurrence("2025-01-10", "2024-12-01", "2024-12-31", "Năm 2024") },
        { Report(ReportCadence.Yearly, 31, ReportWindow.None), "2024-12-31", Occurrence("2024-12-31", null, null, "Năm 2024") },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void EachCadenceAndWindowGivesItsDueDateWindowAndLabel(ReportEntry report, string due, ReportOccurrence expected)
    {
        Assert.Equal(expected, Assert.Single(ReportOccurrences.Between(report, D(due), D(due))));
        Assert.Equal(expected, ReportOccurrences.NextOnOrAfter(report, D(due)));
        Assert.Equal(expected, ReportOccurrences.LatestOnOrBefore(report, D(due)));
    }

    [Theory]
    [InlineData("2024-01-31")]
    [InlineData("2024-02-29")]
    [InlineData("2024-04-30")]
    [InlineData("2024-06-30")]
    [InlineData("2025-02-28")]
    public void DueDay31IsTheLastDayOfShorterMonths(string expected)
    {
        var report = Report(ReportCadence.Monthly, 31, ReportWindow.PreviousMonth);
        Assert.Contains(ReportOccurrences.Between(report, D("2024-01-01"), D("2025-12-31")), o => o.DueDate == D(expected));
    }

    [Theory]
    [InlineData(ReportCadence.Monthly, 12)]
    [InlineData(ReportCadence.Quarterly, 4)]
    [InlineData(ReportCadence.Yearly, 1)]
    public void BetweenListsEveryOccurrenceInTheYearInOrder(ReportCadence cadence, int count)
    {
        var occurrences = ReportOccurrences.Between(Report(cadence, 15, ReportWindow.FifteenToFourteen), D("2024-01-01"), D("2024-12-31"));
        Assert.Equal(count, occurrences.Count);
        Assert.Equal(occurrences.OrderBy(o => o.DueDate), occurrences);
    }

    [Theory]
    [InlineData("2024-12-03", "2025-01-02", "2024-12-02")]
    [InlineData("2024-12-02", "2024-12-02", "2024-12-02")]
    [InlineData("2024-12-01", "2024-12-02", "2024-11-02")]
    public void NextAndLatestAreInclusive(string date, string next, string latest)
    {
        var report = Report(ReportCadence.Monthly, 2, ReportWindow.PreviousMonth);
        Assert.Equal(D(next), ReportOccurrences.NextOnOrAfter(report, D(date)).DueDate);
        Assert.Equal(D(latest), ReportOccurrences.LatestOnOrBefore(report, D(date)).DueDate);
    }

    [Theory]
    [InlineData("2024-03-14", "2024-03-15", "2023-12-15")]
    [InlineData("2024-06-16", "2024-09-15", "2024-06-15")]
    public void QuarterlyNextAndLatest(string date, string next, string latest)
    {
        var report = Report(ReportCadence.Quarterly, 15, ReportWindow.FifteenToFourteen);
        Assert.Equal(D(next), ReportOccurrences.NextOnOrAfter(report, D(date)).DueDate);
        Assert.Equal(D(latest), ReportOccurrences.LatestOnOrBefore(report, D(date)).DueDate);
    }

    [Fact]
    public void AYearlyReportIsNextDueTheFollowingYearOnceItsDayHasPassed() =>
        Assert.Equal(
            D("2025-06-15"),
            ReportOccurrences.NextOnOrAfter(Report(ReportCadence.Yearly, 15, ReportWindow.ReportingYearToDate, dueMonth: 6), D("2024-06-16")).DueDate);
}
