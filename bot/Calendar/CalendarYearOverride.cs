namespace ReformBot.Calendar;

/// <summary>
/// The Government's announcement for one year. <see cref="Tet"/> and <see cref="NationalDay"/>, when given, replace
/// the computed Tết and 2/9 days together with their compensatory days: an announced break already includes them.
/// <see cref="DaysOff"/> are extra weekdays off (e.g. a Monday swapped with a Saturday); <see cref="WorkingDays"/>
/// are weekend days worked instead (làm bù). <see cref="Source"/> names the year's announcement; the other sources,
/// when given, name the document behind one break or one day.
/// </summary>
public sealed record CalendarYearOverride(
    int Year,
    string? Source,
    DateRange? Tet,
    DateRange? NationalDay,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<DateOnly> WorkingDays)
{
    private static readonly IReadOnlyDictionary<DateOnly, string> None = new Dictionary<DateOnly, string>();

    public string? TetSource { get; init; }

    public string? NationalDaySource { get; init; }

    /// <summary>The document behind one day off or one make-up working day, when it is not the year's.</summary>
    public IReadOnlyDictionary<DateOnly, string> DaySources { get; init; } = None;

    /// <summary>What a make-up working day is for, e.g. "Làm bù cho thứ Sáu 02/01/2026".</summary>
    public IReadOnlyDictionary<DateOnly, string> WorkingDayNames { get; init; } = None;

    /// <summary>This announcement with <paramref name="other"/> laid over it: its ranges win, its days are added.</summary>
    public CalendarYearOverride MergedWith(CalendarYearOverride other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var daysOff = DaysOff.Where(d => !other.DaysOff.Any(o => o.Date == d.Date)).Concat(other.DaysOff).OrderBy(d => d.Date);
        return new CalendarYearOverride(
            Year,
            other.Source ?? Source,
            other.Tet ?? Tet,
            other.NationalDay ?? NationalDay,
            [.. daysOff],
            [.. WorkingDays.Union(other.WorkingDays).Order()])
        {
            TetSource = other.Tet is null ? TetSource : other.TetSource ?? other.Source,
            NationalDaySource = other.NationalDay is null ? NationalDaySource : other.NationalDaySource ?? other.Source,
            DaySources = Overlay(DaySources, other.DaySources),
            WorkingDayNames = Overlay(WorkingDayNames, other.WorkingDayNames),
        };
    }

    private static Dictionary<DateOnly, string> Overlay(IReadOnlyDictionary<DateOnly, string> mine, IReadOnlyDictionary<DateOnly, string> theirs)
    {
        var merged = mine.ToDictionary();
        foreach (var (date, text) in theirs)
        {
            merged[date] = text;
        }

        return merged;
    }
}
