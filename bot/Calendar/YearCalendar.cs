namespace ReformBot.Calendar;

/// <summary>
/// One year's days off, computed once: statutory holidays (or the announced Tết/2-9 breaks), compensatory days,
/// announced extra days off and weekend days worked, each with its reason and source. Immutable, so that it can be
/// shared across threads.
/// </summary>
internal sealed class YearCalendar
{
    private const string MakeUpName = "Làm bù (ngày làm việc hoán đổi)";

    private readonly Dictionary<DateOnly, CalendarDay> named;
    private readonly Dictionary<DateOnly, CalendarDay> weekendWorkingDays;

    private YearCalendar(int year, CalendarYearOverride? announcement, Dictionary<DateOnly, CalendarDay> named, Dictionary<DateOnly, CalendarDay> weekendWorkingDays)
    {
        Year = year;
        this.named = named;
        this.weekendWorkingDays = weekendWorkingDays;
        var weekdays = named.Values.Where(d => !PublicHolidayRules.IsWeekend(d.Date)).OrderBy(d => d.Date).ToList();
        WeekdayDaysOff = [.. weekdays.Select(d => new DayOff(d.Date, d.Name))];
        Summary = new CalendarYear(
            year,
            announcement is not null,
            announcement?.Source,
            PublicHolidayRules.LabourCode(year),
            weekdays,
            [.. weekendWorkingDays.Values.OrderBy(d => d.Date)]);
    }

    public int Year { get; }

    /// <summary>The Monday–Friday days not worked, in date order.</summary>
    public IReadOnlyList<DayOff> WeekdayDaysOff { get; }

    public CalendarYear Summary { get; }

    public bool IsWorkingDay(DateOnly date) =>
        weekendWorkingDays.ContainsKey(date) || (!PublicHolidayRules.IsWeekend(date) && !named.ContainsKey(date));

    public DayOff? DayOffOn(DateOnly date) =>
        Describe(date) is { IsWorkingDay: false } day ? new DayOff(date, day.Name) : null;

    public CalendarDay Describe(DateOnly date)
    {
        if (weekendWorkingDays.TryGetValue(date, out var makeUp))
        {
            return makeUp;
        }

        if (named.TryGetValue(date, out var dayOff))
        {
            return dayOff;
        }

        return PublicHolidayRules.IsWeekend(date)
            ? new CalendarDay(date, false, CalendarDayKind.Weekend, date.DayOfWeek == DayOfWeek.Saturday ? "Thứ Bảy" : "Chủ nhật", null)
            : new CalendarDay(date, true, CalendarDayKind.WorkingDay, "Ngày làm việc", null);
    }

    public static YearCalendar Build(int year, CalendarYearOverride? announcement)
    {
        PublicHolidayRules.CheckYear(year);
        var law = PublicHolidayRules.LabourCode(year);

        // (day, name, source, earns compensation). An announced break already holds its compensatory days, so it earns none.
        var holidays = new List<(DateOnly Date, string Name, string? Source, bool Compensable)>
        {
            (new DateOnly(year, 1, 1), PublicHolidayRules.NewYearName, law, true),
        };
        holidays.AddRange(announcement?.Tet is { } tet
            ? tet.Days().Select(d => (d, PublicHolidayRules.TetName, announcement.TetSource ?? announcement.Source, false))
            : PublicHolidayRules.TetDays(year).Select(d => (d.Date, d.Name, (string?)law, true)));
        var hungKings = PublicHolidayRules.HungKingsDay(year);
        holidays.Add((hungKings.Date, hungKings.Name, law, true));
        holidays.Add((new DateOnly(year, 4, 30), PublicHolidayRules.ReunificationName, law, true));
        holidays.Add((new DateOnly(year, 5, 1), PublicHolidayRules.LabourDayName, law, true));
        holidays.AddRange(announcement?.NationalDay is { } national
            ? national.Days().Select(d => (d, PublicHolidayRules.NationalDayName, announcement.NationalDaySource ?? announcement.Source, false))
            : PublicHolidayRules.NationalDays(year).Select(d => (d.Date, d.Name, (string?)law, true)));

        var named = new Dictionary<DateOnly, CalendarDay>();
        var owed = new List<(DateOnly Date, string Name)>();
        foreach (var (date, name, source, compensable) in holidays.OrderBy(h => h.Date))
        {
            // A holiday on a weekend, or on a day another holiday already took, is owed a day off.
            var taken = !named.TryAdd(date, new CalendarDay(date, false, CalendarDayKind.Holiday, name, source));
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

            named[day] = new CalendarDay(
                day, false, CalendarDayKind.Compensatory, PublicHolidayRules.CompensatoryPrefix + name, PublicHolidayRules.CompensationRule(year));
        }

        foreach (var extra in announcement?.DaysOff ?? [])
        {
            named[extra.Date] = new CalendarDay(extra.Date, false, CalendarDayKind.SwappedDayOff, extra.Name, SourceOf(announcement!, extra.Date));
        }

        var worked = (announcement?.WorkingDays ?? []).ToDictionary(
            d => d,
            d => new CalendarDay(
                d, true, CalendarDayKind.MakeUpWorkingDay, announcement!.WorkingDayNames.GetValueOrDefault(d) ?? MakeUpName, SourceOf(announcement, d)));
        return new YearCalendar(year, announcement, named, worked);
    }

    private static string? SourceOf(CalendarYearOverride announcement, DateOnly date) =>
        announcement.DaySources.GetValueOrDefault(date) ?? announcement.Source;
}
