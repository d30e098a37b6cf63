namespace ReformBot.Calendar;

/// <summary>An overrides file that cannot be used; <see cref="Errors"/> lists every problem found, not just the first.</summary>
public sealed class CalendarOverridesException : Exception
{
    public CalendarOverridesException()
        : this("The calendar overrides are invalid.", [])
    {
    }

    public CalendarOverridesException(string message)
        : this(message, [])
    {
    }

    public CalendarOverridesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public CalendarOverridesException(string source, IReadOnlyList<CalendarOverridesError> errors)
        : base(Describe(source, errors))
    {
        Errors = errors;
    }

    public IReadOnlyList<CalendarOverridesError> Errors { get; }

    private static string Describe(string source, IReadOnlyList<CalendarOverridesError> errors) =>
        errors.Count == 0
            ? source
            : $"Calendar overrides {source} are invalid:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e));
}
