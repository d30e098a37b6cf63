namespace ReformBot.Calendar;

/// <summary>Configuration section <c>Calendar</c>.</summary>
public sealed class CalendarOptions
{
    public const string SectionName = "Calendar";

    /// <summary>
    /// Optional JSON file with holiday announcements newer than the release, laid over the built-in ones
    /// (format: bot/Calendar/calendar-overrides.json). Relative paths are from the working directory.
    /// </summary>
    public string? OverridesPath { get; set; }
}
