using System.Collections.Concurrent;

namespace ReformBot.Calendar;

/// <summary>
/// Working days for Vietnamese state agencies: Monday–Friday minus public holidays, compensatory days and the
/// Government's yearly swaps. Each year is computed on first use and cached; safe to share as a singleton.
/// Years outside 2000–2100 throw <see cref="ArgumentOutOfRangeException"/>.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly CalendarOverrides overrides;
    private readonly ConcurrentDictionary<int, Lazy<YearCalendar>> years = new();

    /// <summary>The calendar with the built-in announcements.</summary>
    public WorkingCalendar()
        : this(CalendarOverrides.BuiltIn)
    {
    }

    public WorkingCalendar(CalendarOverrides overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        this.overrides = overrides;
    }

    public bool IsWorkingDay(DateOnly date) => Year(date.Year).IsWorkingDay(date);

    public bool IsDayOff(DateOnly date) => !IsWorkingDay(date);

    /// <summary>Why a day is not worked ("Tết Nguyên đán", "Nghỉ bù Quốc khánh", "Chủ nhật"), or null on a working day.</summary>
    public DayOff? DayOffOn(DateOnly date) => Year(date.Year).DayOffOn(date);

    /// <summary>Like <see cref="DayOffOn"/>, in the Try pattern.</summary>
    public bool IsDayOff(DateOnly date, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DayOff? dayOff)
    {
        dayOff = DayOffOn(date);
        return dayOff is not null;
    }

    /// <summary>The first working day after <paramref name="date"/>.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => WorkingDayOnOrAfter(date.AddDays(1));

    /// <summary>The last working day before <paramref name="date"/>.</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => WorkingDayOnOrBefore(date.AddDays(-1));

    public DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    public DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    /// <summary>
    /// The date <paramref name="days"/> working days after (negative: before) <paramref name="date"/>, which need not
    /// be a working day itself; 0 returns the date unchanged. "1 working day after Friday" is Monday.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly date, int days)
    {
        var step = Math.Sign(days);
        for (var left = Math.Abs(days); left > 0; left--)
        {
            date = step > 0 ? NextWorkingDay(date) : PreviousWorkingDay(date);
        }

        return date;
    }

    /// <summary>
    /// The last day to do something due on <paramref name="due"/>: the due date itself, or when that is a weekend or
    /// holiday the next working day. Civil Code 2015, Art. 148: a term ending on a day off ends at the end of the next
    /// working day, so nothing is overdue before then.
    /// </summary>
    public DateOnly LegalDueDate(DateOnly due) => WorkingDayOnOrAfter(due);

    /// <summary>The weekdays (Monday–Friday) not worked in a year, in date order; weekends are left implied.</summary>
    public IReadOnlyList<DayOff> DaysOffIn(int year) => Year(year).WeekdayDaysOff;

    /// <summary>Whether a day is worked, why, and on what source (announcement or article of law).</summary>
    public CalendarDay Describe(DateOnly date) => Year(date.Year).Describe(date);

    /// <summary>A year's weekdays off and make-up working days with their sources, and whether it was announced.</summary>
    public CalendarYear DescribeYear(int year) => Year(year).Summary;

    /// <summary>Whether a Government announcement is known for the year (built in or from the overrides file).</summary>
    public bool IsAnnounced(int year) => overrides.For(year) is not null;

    /// <summary>The years with an announcement, in order.</summary>
    public IReadOnlyList<int> AnnouncedYears => [.. overrides.Years.Select(y => y.Year).Order()];

    /// <summary>
    /// The current and the next year when they have no announcement: their Tết and National Day breaks are computed
    /// and may differ from what the Government will decide.
    /// </summary>
    public IReadOnlyList<int> YearsWithoutAnnouncement(DateOnly today) =>
        [.. new[] { today.Year, today.Year + 1 }.Where(y => y <= PublicHolidayRules.MaxYear && !IsAnnounced(y))];

    /// <summary>Working days in an inclusive range, e.g. to count how long a task was overdue.</summary>
    public int CountWorkingDays(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            count += IsWorkingDay(d) ? 1 : 0;
        }

        return count;
    }

    private YearCalendar Year(int year)
    {
        PublicHolidayRules.CheckYear(year, "date");

        // Lazy so that two threads asking for a new year at once compute it once.
        return years.GetOrAdd(year, y => new Lazy<YearCalendar>(() => YearCalendar.Build(y, overrides.For(y)))).Value;
    }
}
