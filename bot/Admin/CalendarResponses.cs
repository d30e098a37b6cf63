using System.Globalization;
using ReformBot.Calendar;

namespace ReformBot.Admin;

/// <summary>A year of the calendar: <c>status</c> is "announced" (a Government announcement is built in or configured) or "computed".</summary>
internal sealed record CalendarYearResponse(
    int Year,
    string Status,
    string? Source,
    string LabourCode,
    IReadOnlyList<CalendarDayResponse> DaysOff,
    IReadOnlyList<CalendarDayResponse> MakeUpWorkingDays)
{
    public static CalendarYearResponse From(CalendarYear year) => new(
        year.Year,
        CalendarDayResponse.Status(year.IsAnnounced),
        year.Source,
        year.LabourCode,
        [.. year.DaysOff.Select(d => CalendarDayResponse.From(d, year.IsAnnounced))],
        [.. year.MakeUpWorkingDays.Select(d => CalendarDayResponse.From(d, year.IsAnnounced))]);
}

/// <summary>
/// One day: <c>working</c>, <c>kind</c> (workingDay, weekend, holiday, compensatory, swappedDayOff, makeUpWorkingDay),
/// <c>name</c> (why, in Vietnamese), <c>source</c> (announcement or article of law) and the year's <c>yearStatus</c>.
/// </summary>
internal sealed record CalendarDayResponse(
    string Date, string DayOfWeek, bool Working, string Kind, string Name, string? Source, string YearStatus)
{
    public static CalendarDayResponse From(CalendarDay day, bool announced) => new(
        day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        day.Date.DayOfWeek.ToString(),
        day.IsWorkingDay,
        WireName(day.Kind),
        day.Name,
        day.Source,
        Status(announced));

    internal static string Status(bool announced) => announced ? "announced" : "computed";

    private static string WireName(CalendarDayKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }
}
