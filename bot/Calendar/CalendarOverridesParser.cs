using System.Globalization;
using System.Text.Json;

namespace ReformBot.Calendar;

/// <summary>
/// Reads an overrides document by hand rather than by deserialising, so that every problem is reported with its JSON
/// path and in words a coordinator can act on, and all of them at once.
/// </summary>
internal static class CalendarOverridesParser
{
    private const string DateFormat = "yyyy-MM-dd";
    private const int LongestBreakDays = 16;

    private static readonly string[] RootProperties = ["$schema", "$comment", "years"];
    private static readonly string[] YearProperties = ["$comment", "year", "source", "tet", "nationalDay", "daysOff", "workingDays"];
    private static readonly string[] RangeProperties = ["$comment", "from", "to", "source"];
    private static readonly string[] DayOffProperties = ["$comment", "date", "name", "source"];
    private static readonly string[] WorkingDayProperties = ["$comment", "date", "name", "source"];

    public static (IReadOnlyList<CalendarYearOverride> Years, IReadOnlyList<CalendarOverridesError> Errors) Parse(string json)
    {
        var errors = new List<CalendarOverridesError>();
        var years = new List<CalendarYearOverride>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            errors.Add(new CalendarOverridesError($"$ (line {(e.LineNumber ?? 0) + 1})", $"Not valid JSON: {e.Message}"));
            return (years, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new("$", "Expected an object with a \"years\" array."));
                return (years, errors);
            }

            CheckProperties(root, "$", RootProperties, errors);
            if (!root.TryGetProperty("years", out var list) || list.ValueKind != JsonValueKind.Array)
            {
                errors.Add(new("$.years", "Required: an array of yearly announcements."));
                return (years, errors);
            }

            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var parsed = ParseYear(item, $"$.years[{index}]", errors);
                if (parsed is not null)
                {
                    if (years.Any(y => y.Year == parsed.Year))
                    {
                        errors.Add(new($"$.years[{index}].year", $"Year {parsed.Year} is listed twice."));
                    }

                    years.Add(parsed);
                }

                index++;
            }
        }

        return (years, errors);
    }

    private static CalendarYearOverride? ParseYear(JsonElement item, string path, List<CalendarOverridesError> errors)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, "Expected an object."));
            return null;
        }

        CheckProperties(item, path, YearProperties, errors);
        if (!item.TryGetProperty("year", out var yearElement) || yearElement.ValueKind != JsonValueKind.Number || !yearElement.TryGetInt32(out var year))
        {
            errors.Add(new($"{path}.year", "Required: the year as a number, e.g. 2025."));
            return null;
        }

        if (year is < PublicHolidayRules.MinYear or > PublicHolidayRules.MaxYear)
        {
            errors.Add(new($"{path}.year", $"Must be between {PublicHolidayRules.MinYear} and {PublicHolidayRules.MaxYear}."));
            return null;
        }

        var before = errors.Count;
        string? source = null;
        if (item.TryGetProperty("source", out var sourceElement))
        {
            source = sourceElement.ValueKind == JsonValueKind.String ? sourceElement.GetString() : null;
            if (string.IsNullOrWhiteSpace(source))
            {
                errors.Add(new($"{path}.source", "Expected a non-empty string naming the announcement, e.g. \"Thông báo 5015/TB-LĐTBXH\"."));
            }
        }

        var sources = new Dictionary<DateOnly, string>();
        var workingDayNames = new Dictionary<DateOnly, string>();
        var tet = ParseRange(item, "tet", path, year, errors);
        if (tet is not null)
        {
            var newYear = VietnameseLunarCalendar.NewYear(year);
            if (!tet.Contains(newYear))
            {
                errors.Add(new($"{path}.tet", $"The Tết break must include the lunar new year, {Format(newYear)}."));
            }
        }

        var national = ParseRange(item, "nationalDay", path, year, errors);
        if (national is not null && !national.Contains(new DateOnly(year, 9, 2)))
        {
            errors.Add(new($"{path}.nationalDay", $"The National Day break must include {year}-09-02."));
        }

        var daysOff = ParseDaysOff(item, path, year, sources, errors);
        var workingDays = ParseWorkingDays(item, path, year, sources, workingDayNames, errors);
        foreach (var clash in daysOff.Where(d => workingDays.Contains(d.Date)))
        {
            errors.Add(new($"{path}.workingDays", $"{Format(clash.Date)} is listed both as a day off and as a working day."));
        }

        return errors.Count > before
            ? null
            : new CalendarYearOverride(year, source, tet, national, daysOff, workingDays)
            {
                TetSource = RangeSource(item, "tet", $"{path}.tet", errors),
                NationalDaySource = RangeSource(item, "nationalDay", $"{path}.nationalDay", errors),
                DaySources = sources,
                WorkingDayNames = workingDayNames,
            };
    }

    private static DateRange? ParseRange(JsonElement item, string name, string parent, int year, List<CalendarOverridesError> errors)
    {
        if (!item.TryGetProperty(name, out var element))
        {
            return null;
        }

        var path = $"{parent}.{name}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new(path, "Expected an object with \"from\" and \"to\" dates."));
            return null;
        }

        CheckProperties(element, path, RangeProperties, errors);
        var from = ParseDate(element, "from", path, year, errors);
        var to = ParseDate(element, "to", path, year, errors);
        if (from is null || to is null)
        {
            return null;
        }

        if (to < from)
        {
            errors.Add(new($"{path}.to", $"Must not be before \"from\" ({Format(from.Value)})."));
            return null;
        }

        if (to.Value.DayNumber - from.Value.DayNumber + 1 > LongestBreakDays)
        {
            errors.Add(new(path, $"A break of more than {LongestBreakDays} days is surely a typing mistake."));
            return null;
        }

        return new DateRange(from.Value, to.Value);
    }

    private static string? RangeSource(JsonElement item, string name, string path, List<CalendarOverridesError> errors) =>
        item.TryGetProperty(name, out var range) && range.ValueKind == JsonValueKind.Object ? OptionalText(range, "source", path, errors) : null;

    /// <summary>An optional non-empty string property, e.g. the source of one entry.</summary>
    private static string? OptionalText(JsonElement element, string name, string parentPath, List<CalendarOverridesError> errors)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new($"{parentPath}.{name}", "Expected a non-empty string."));
            return null;
        }

        return text;
    }

    private static List<DayOff> ParseDaysOff(
        JsonElement item, string parent, int year, Dictionary<DateOnly, string> sources, List<CalendarOverridesError> errors)
    {
        var result = new List<DayOff>();
        foreach (var (element, path) in Items(item, "daysOff", parent, errors))
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new(path, "Expected an object with \"date\" and \"name\"."));
                continue;
            }

            CheckProperties(element, path, DayOffProperties, errors);
            var date = ParseDate(element, "date", path, year, errors);
            var name = element.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            if (string.IsNullOrWhiteSpace(name))
            {
                errors.Add(new($"{path}.name", "Required: why the day is off, e.g. \"Nghỉ hoán đổi (làm bù thứ Bảy 04/5/2024)\"."));
            }
            else if (date is { } d)
            {
                if (PublicHolidayRules.IsWeekend(d))
                {
                    errors.Add(new($"{path}.date", $"{Format(d)} is a {d.DayOfWeek}; a day off must be a weekday."));
                }
                else if (result.Any(r => r.Date == d))
                {
                    errors.Add(new($"{path}.date", $"{Format(d)} is listed twice."));
                }
                else
                {
                    result.Add(new DayOff(d, name));
                    if (OptionalText(element, "source", path, errors) is { } entrySource)
                    {
                        sources[d] = entrySource;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>Each working day is a date string, or an object with the date, what it makes up for and its source.</summary>
    private static List<DateOnly> ParseWorkingDays(
        JsonElement item,
        string parent,
        int year,
        Dictionary<DateOnly, string> sources,
        Dictionary<DateOnly, string> names,
        List<CalendarOverridesError> errors)
    {
        var result = new List<DateOnly>();
        foreach (var (element, path) in Items(item, "workingDays", parent, errors))
        {
            DateOnly? date;
            string? name = null, source = null;
            if (element.ValueKind == JsonValueKind.Object)
            {
                CheckProperties(element, path, WorkingDayProperties, errors);
                date = ParseDate(element, "date", path, year, errors);
                name = OptionalText(element, "name", path, errors);
                source = OptionalText(element, "source", path, errors);
            }
            else
            {
                date = ParseDateValue(element, path, year, errors);
            }

            if (date is not { } d)
            {
                continue;
            }

            if (!PublicHolidayRules.IsWeekend(d))
            {
                errors.Add(new(path, $"{Format(d)} is a {d.DayOfWeek}; only a Saturday or Sunday can be made a working day."));
            }
            else if (!result.Contains(d))
            {
                result.Add(d);
                if (name is not null)
                {
                    names[d] = name;
                }

                if (source is not null)
                {
                    sources[d] = source;
                }
            }
        }

        return result;
    }

    private static IEnumerable<(JsonElement Element, string Path)> Items(JsonElement item, string name, string parent, List<CalendarOverridesError> errors)
    {
        if (!item.TryGetProperty(name, out var array))
        {
            yield break;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new($"{parent}.{name}", "Expected an array."));
            yield break;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            yield return (element, $"{parent}.{name}[{index++}]");
        }
    }

    private static DateOnly? ParseDate(JsonElement parent, string name, string parentPath, int year, List<CalendarOverridesError> errors)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            errors.Add(new($"{parentPath}.{name}", $"Required: a date written {DateFormat}."));
            return null;
        }

        return ParseDateValue(element, $"{parentPath}.{name}", year, errors);
    }

    private static DateOnly? ParseDateValue(JsonElement element, string path, int year, List<CalendarOverridesError> errors)
    {
        if (element.ValueKind != JsonValueKind.String
            || !DateOnly.TryParseExact(element.GetString(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new(path, $"Expected a date written {DateFormat}, e.g. \"{year}-02-08\"."));
            return null;
        }

        if (date.Year != year)
        {
            errors.Add(new(path, $"{Format(date)} is not in {year}."));
            return null;
        }

        return date;
    }

    private static void CheckProperties(JsonElement element, string path, string[] allowed, List<CalendarOverridesError> errors)
    {
        foreach (var property in element.EnumerateObject().Where(p => !allowed.Contains(p.Name)))
        {
            errors.Add(new($"{path}.{property.Name}", $"Unknown property; expected one of: {string.Join(", ", allowed)}."));
        }
    }

    private static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);
}
