using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Calendar;

namespace ReformBot.Admin;

/// <summary>The working calendar as the bot applies it: a year's days off with their sources, and one day explained.</summary>
internal static class CalendarEndpoints
{
    public static void MapCalendar(this RouteGroupBuilder admin)
    {
        admin.MapGet("/calendar", GetYear);
        admin.MapGet("/calendar/{date}", GetDay);
    }

    /// <summary><c>year</c>: 2000–2100; the current year (Vietnam time) when not given.</summary>
    internal static Results<Ok<CalendarYearResponse>, ProblemHttpResult> GetYear(string? year, WorkingCalendar calendar, TimeProvider time)
    {
        var wanted = VietnamTime.Today(time).Year;
        if (year is not null
            && (!int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out wanted)
                || wanted is < PublicHolidayRules.MinYear or > PublicHolidayRules.MaxYear))
        {
            return BadRequest($"'year' must be a year from {PublicHolidayRules.MinYear} to {PublicHolidayRules.MaxYear}, e.g. ?year=2026.");
        }

        return TypedResults.Ok(CalendarYearResponse.From(calendar.DescribeYear(wanted)));
    }

    /// <summary><c>date</c>: an ISO date such as 2026-02-16, in 2000–2100.</summary>
    internal static Results<Ok<CalendarDayResponse>, ProblemHttpResult> GetDay(string date, WorkingCalendar calendar)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return BadRequest("The date must be an ISO date such as /api/admin/calendar/2026-02-16.");
        }

        if (day.Year is < PublicHolidayRules.MinYear or > PublicHolidayRules.MaxYear)
        {
            return BadRequest($"The calendar covers {PublicHolidayRules.MinYear}–{PublicHolidayRules.MaxYear}.");
        }

        return TypedResults.Ok(CalendarDayResponse.From(calendar.Describe(day), calendar.IsAnnounced(day.Year)));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid calendar query");
}
