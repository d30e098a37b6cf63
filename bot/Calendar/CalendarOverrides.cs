using System.Collections.Frozen;
using System.Reflection;

namespace ReformBot.Calendar;

/// <summary>
/// The Government's yearly holiday announcements, by year. <see cref="BuiltIn"/> ships with the bot (the embedded
/// <c>calendar-overrides.json</c>); a deployment can add a file of its own for announcements made after the release,
/// laid over the built-in one with <see cref="Load"/>.
/// </summary>
public sealed class CalendarOverrides
{
    private const string ResourceName = "ReformBot.Calendar.calendar-overrides.json";

    private static readonly Lazy<CalendarOverrides> BuiltInLazy = new(LoadBuiltIn);

    private readonly FrozenDictionary<int, CalendarYearOverride> years;

    public CalendarOverrides(IEnumerable<CalendarYearOverride> years)
    {
        ArgumentNullException.ThrowIfNull(years);
        this.years = years.ToFrozenDictionary(y => y.Year);
    }

    /// <summary>No announcements: the calendar computed by the rules alone.</summary>
    public static CalendarOverrides Empty { get; } = new([]);

    /// <summary>The announcements shipped with the bot.</summary>
    public static CalendarOverrides BuiltIn => BuiltInLazy.Value;

    public IReadOnlyCollection<CalendarYearOverride> Years => years.Values;

    public CalendarYearOverride? For(int year) => years.GetValueOrDefault(year);

    /// <summary>Reads a file and lays it over <see cref="BuiltIn"/>.</summary>
    /// <exception cref="CalendarOverridesException">The file is missing, unreadable or invalid.</exception>
    public static CalendarOverrides Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CalendarOverridesException(path, [new CalendarOverridesError("$", $"The file cannot be read: {e.Message}")]);
        }

        return BuiltIn.MergedWith(Parse(json, path));
    }

    /// <summary>Parses an overrides document on its own (not merged).</summary>
    /// <param name="sourceName">Names the document in error messages, e.g. its path.</param>
    /// <exception cref="CalendarOverridesException">The document is invalid.</exception>
    public static CalendarOverrides Parse(string json, string sourceName = "document")
    {
        ArgumentNullException.ThrowIfNull(json);
        var (parsed, errors) = CalendarOverridesParser.Parse(json);
        return errors.Count > 0 ? throw new CalendarOverridesException(sourceName, errors) : new CalendarOverrides(parsed);
    }

    /// <summary>These announcements with <paramref name="other"/> laid over them, year by year.</summary>
    public CalendarOverrides MergedWith(CalendarOverrides other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var merged = years.Values.ToDictionary(y => y.Year);
        foreach (var year in other.Years)
        {
            merged[year.Year] = merged.TryGetValue(year.Year, out var mine) ? mine.MergedWith(year) : year;
        }

        return new CalendarOverrides(merged.Values);
    }

    private static CalendarOverrides LoadBuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "(built in)");
    }
}
