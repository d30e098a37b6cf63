using ReformBot.Plans;

namespace ReformBot.Calendar;

/// <summary>
/// The occurrences of a reporting schedule (plan schema, <c>reports</c>). Due dates: monthly every month,
/// quarterly in <see cref="ReportEntry.DueMonths"/> (default March, June, September, December), yearly in
/// <see cref="ReportEntry.DueMonth"/> (default December), on <see cref="ReportEntry.DueDay"/> clamped to the month's
/// last day (31 → 30 in June, 28/29 in February). Windows follow the schema:
/// previous-month: the whole month before the due month;
/// 15-to-14: the 15th one period (1, 3 or 12 months) before the due month to the 14th of the due month (Decree 09/2019);
/// reporting-year-to-date: 15 December of the previous year to the 14th of the due month;
/// calendar-year-to-date: 1 January to the day before the due date; none: no window.
/// </summary>
public static class ReportOccurrences
{
    private static readonly IReadOnlyList<int> DefaultQuarterMonths = [3, 6, 9, 12];
    private static readonly string[] Quarters = ["I", "II", "III", "IV"];

    /// <summary>The occurrences whose due date is in [<paramref name="from"/>, <paramref name="to"/>], in order.</summary>
    public static IReadOnlyList<ReportOccurrence> Between(ReportEntry report, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(report);
        var months = DueMonths(report);
        var result = new List<ReportOccurrence>();
        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            if (!months.Contains(month.Month))
            {
                continue;
            }

            var due = DueDate(report, month.Year, month.Month);
            if (due >= from && due <= to)
            {
                result.Add(Occurrence(report, due));
            }

            if (month.Year == DateOnly.MaxValue.Year && month.Month == 12)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>The first occurrence due on or after <paramref name="date"/>.</summary>
    public static ReportOccurrence NextOnOrAfter(ReportEntry report, DateOnly date) =>
        Between(report, date, date.AddYears(1).AddDays(1))[0];

    /// <summary>The last occurrence due on or before <paramref name="date"/>.</summary>
    public static ReportOccurrence LatestOnOrBefore(ReportEntry report, DateOnly date) =>
        Between(report, date.AddYears(-1).AddDays(-1), date)[^1];

    private static IReadOnlyList<int> DueMonths(ReportEntry report)
    {
        var months = report.Cadence switch
        {
            ReportCadence.Monthly => [.. Enumerable.Range(1, 12)],
            ReportCadence.Quarterly => report.DueMonths is { Count: > 0 } given ? given : DefaultQuarterMonths,
            ReportCadence.Yearly => [report.DueMonth ?? 12],
            _ => throw new ArgumentOutOfRangeException(nameof(report), report.Cadence, "Unknown report cadence."),
        };
        if (months.Any(m => m is < 1 or > 12))
        {
            throw new ArgumentOutOfRangeException(nameof(report), months, "Due months are 1–12.");
        }

        if (report.DueDay is < 0 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(report), report.DueDay, "The due day is 1–31.");
        }

        return months;
    }

    private static DateOnly DueDate(ReportEntry report, int year, int month)
    {
        // 0 means "not written": the plans' usual days (monthly "chậm nhất vào ngày 02 hằng tháng", otherwise the 15th).
        var day = report.DueDay > 0 ? report.DueDay : report.Cadence == ReportCadence.Monthly ? 2 : 15;
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }

    private static ReportOccurrence Occurrence(ReportEntry report, DateOnly due)
    {
        var dueMonth = new DateOnly(due.Year, due.Month, 1);
        (DateOnly? start, DateOnly? end) = report.Window switch
        {
            ReportWindow.PreviousMonth => (dueMonth.AddMonths(-1), dueMonth.AddDays(-1)),
            ReportWindow.FifteenToFourteen => (dueMonth.AddMonths(-PeriodMonths(report.Cadence)).AddDays(14), dueMonth.AddDays(13)),
            ReportWindow.ReportingYearToDate => (new DateOnly(due.Year - 1, 12, 15), dueMonth.AddDays(13)),
            ReportWindow.CalendarYearToDate => (new DateOnly(due.AddDays(-1).Year, 1, 1), due.AddDays(-1)),
            ReportWindow.None => ((DateOnly?)null, (DateOnly?)null),
            _ => throw new ArgumentOutOfRangeException(nameof(report), report.Window, "Unknown report window."),
        };
        return new ReportOccurrence(due, start, end, Label(report.Cadence, end ?? due));
    }

    private static int PeriodMonths(ReportCadence cadence) => cadence switch
    {
        ReportCadence.Monthly => 1,
        ReportCadence.Quarterly => 3,
        _ => 12,
    };

    /// <summary>
    /// Named after the last day of data, which is what the report is about: due 02/12 on the previous month is
    /// "Tháng 11", a 15-to-14 report due 15/3 is "Quý I". A yearly report is a 6-month, 9-month or annual one
    /// according to how far into the year its data reaches.
    /// </summary>
    private static string Label(ReportCadence cadence, DateOnly reference) => cadence switch
    {
        ReportCadence.Monthly => $"Tháng {reference.Month}/{reference.Year}",
        ReportCadence.Quarterly => $"Quý {Quarters[(reference.Month - 1) / 3]}/{reference.Year}",
        _ => reference.Month switch
        {
            3 => $"Quý I/{reference.Year}",
            6 => $"6 tháng đầu năm {reference.Year}",
            9 => $"9 tháng năm {reference.Year}",
            _ => $"Năm {reference.Year}",
        },
    };
}
