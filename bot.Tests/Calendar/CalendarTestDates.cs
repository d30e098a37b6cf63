using System.Globalization;

namespace ReformBot.Tests.Calendar;

/// <summary>Dates in test data are written yyyy-MM-dd (attributes cannot hold a DateOnly).</summary>
internal static class CalendarTestDates
{
    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
