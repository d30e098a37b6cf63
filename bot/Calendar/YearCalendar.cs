namespace ReformBot.Calendar;

/// <summary>
/// One year's days off, computed once: statutory holidays (or the announced Tết/2-9 breaks), compensatory days,
/// announced extra days off and weekend days worked. Immutable, so that it can be shared across threads.
/// </summary>
internal sealed class YearCalendar
{
    private readonly Dictionary<DateOnly, DayOff> named;
    private readonly HashSet<DateOnly> weekendWorkingDays;

    private YearCalendar(int year, Dictionary<DateOnly, DayOff> named, HashSet<DateOnly> weekendWorkingDays)
    {
        Year = year;
        this.named = named;
        this.weekendWorkingDays = weekendWorkingDays;
        WeekdayDaysOff = [.. named.Values.Where(d => !PublicHolidayRules.IsWeekend(d.Date)).OrderBy(d => d.Date)];
    }

    public int Year { get; }

    /// <summary>The Monday–Friday days not worked, in date order.</summary>
    public IReadOnlyList<DayOff> WeekdayDaysOff { get; }

    public bool IsWorkingDay(DateOnly date) =>
        weekendWorkingDays.Contains(date) || (!PublicHolidayRules.IsWeekend(date) && !named.ContainsKey(date));

    public DayOff? DayOffOn(DateOnly date)
    {
        if (IsWorkingDay(date))
        {
            return null;
        }

        return named.TryGetValue(date, out var dayOff)
            ? dayOff
            : new DayOff(date, date.DayOfWeek == DayOfWeek.Saturday ? "Thứ Bảy" : "Chủ nhật");
    }

    public static YearCalendar Build(int year, CalendarYearOverride? announcement)
    {
        PublicHolidayRules.CheckYear(year);

        // (day, name, earns compensation). An announced break already holds its compensatory days, so it earns none.
        var holidays = new List<(DateOnly Date, string Name, bool Compensable)>
        {
            (new DateOnly(year, 1, 1), PublicHolidayRules.NewYearName, true),
        };
        holidays.AddRange(announcement?.Tet is { } tet
            ? tet.Days().Select(d => (d, PublicHolidayRules.TetName, false))
            : PublicHolidayRules.TetDays(year).Select(d => (d.Date, d.Name, true)));
        var hungKings = PublicHolidayRules.HungKingsDay(year);
        holidays.Add((hungKings.Date, hungKings.Name, true));
        holidays.Add((new DateOnly(year, 4, 30), PublicHolidayRules.ReunificationName, true));
        holidays.Add((new DateOnly(year, 5, 1), PublicHolidayRules.LabourDayName, true));
        holidays.AddRange(announcement?.NationalDay is { } national
            ? national.Days().Select(d => (d, PublicHolidayRules.NationalDayName, false))
            : PublicHolidayRules.NationalDays(year).Select(d => (d.Date, d.Name, true)));

        var named = new Dictionary<DateOnly, DayOff>();
        var owed = new List<(DateOnly Date, string Name)>();
        foreach (var (date, name, compensable) in holidays.OrderBy(h => h.Date))
        {
            // A holiday on a weekend, or on a day another holiday already took, is owed a day off.
            var taken = !named.TryAdd(date, new DayOff(date, name));
            if (compensable && (taken || PublicHolidayRules.IsWeekend(date)))
            {
                owed.Add((date, name));
            }
        }

        foreach (var (date, name) in owed)
        {
            var day = date.AddDays(1);
            while (PublicHolidayRules.IsWeekend(day) || named.ContainsKey(day))
            {
                day = day.AddDays(1);
            }

            named[day] = new DayOff(day, PublicHolidayRules.CompensatoryPrefix + name);
        }

        foreach (var extra in announcement?.DaysOff ?? [])
        {
            named[extra.Date] = extra;
        }

        return new YearCalendar(year, named, [.. announcement?.WorkingDays ?? []]);
    }
}
