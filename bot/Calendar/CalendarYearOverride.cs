namespace ReformBot.Calendar;

/// <summary>
/// The Government's announcement for one year. <see cref="Tet"/> and <see cref="NationalDay"/>, when given, replace
/// the computed Tết and 2/9 days together with their compensatory days: an announced break already includes them.
/// <see cref="DaysOff"/> are extra weekdays off (e.g. a Monday swapped with a Saturday); <see cref="WorkingDays"/>
/// are weekend days worked instead (làm bù).
/// </summary>
public sealed record CalendarYearOverride(
    int Year,
    string? Source,
    DateRange? Tet,
    DateRange? NationalDay,
    IReadOnlyList<DayOff> DaysOff,
    IReadOnlyList<DateOnly> WorkingDays)
{
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
            [.. WorkingDays.Union(other.WorkingDays).Order()]);
    }
}
