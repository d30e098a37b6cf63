namespace ReformBot.Calendar;

/// <summary>Why a day is worked or not.</summary>
public enum CalendarDayKind
{
    /// <summary>Monday to Friday with nothing announced.</summary>
    WorkingDay,

    /// <summary>Saturday or Sunday.</summary>
    Weekend,

    /// <summary>A statutory holiday, or a day of an announced Tết or National Day break.</summary>
    Holiday,

    /// <summary>A weekday off because a holiday fell on a weekend (nghỉ bù).</summary>
    Compensatory,

    /// <summary>An announced extra weekday off, swapped with a weekend day worked instead (nghỉ hoán đổi).</summary>
    SwappedDayOff,

    /// <summary>A Saturday or Sunday worked instead of a swapped day off (làm bù).</summary>
    MakeUpWorkingDay,
}

/// <summary>
/// One day of the working calendar explained: whether it is worked, why, in Vietnamese as people say it
/// ("Tết Nguyên đán", "Nghỉ bù Quốc khánh", "Thứ Bảy"), and the announcement or article of law it rests on.
/// </summary>
public sealed record CalendarDay(DateOnly Date, bool IsWorkingDay, CalendarDayKind Kind, string Name, string? Source);

/// <summary>
/// One year of the calendar: its weekdays off and its make-up working days, and whether it follows a Government
/// announcement (<see cref="IsAnnounced"/>) or was computed from the Labour Code alone.
/// </summary>
public sealed record CalendarYear(
    int Year,
    bool IsAnnounced,
    string? Source,
    string LabourCode,
    IReadOnlyList<CalendarDay> DaysOff,
    IReadOnlyList<CalendarDay> MakeUpWorkingDays);
