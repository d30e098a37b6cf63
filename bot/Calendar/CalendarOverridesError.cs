namespace ReformBot.Calendar;

/// <summary>One problem in an overrides file: where (a JSON path such as <c>$.years[1].tet.from</c>) and what.</summary>
public sealed record CalendarOverridesError(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
