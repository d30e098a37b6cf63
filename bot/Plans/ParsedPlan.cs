namespace ReformBot.Plans;

/// <summary>
/// A plan file as far as it could be read: every entry that is well formed, with its position in the file, and the keys
/// of entries that are not, so the rules report broken references once and not again for every entry that uses them.
/// </summary>
internal sealed class ParsedPlan
{
    public PlanHeader? Header { get; set; }

    public List<(int Index, UnitEntry Entry)> Units { get; } = [];

    public List<(int Index, OfficerEntry Entry)> Officers { get; } = [];

    public List<(int Index, TaskEntry Entry)> Tasks { get; } = [];

    public List<(int Index, ReportEntry Entry)> Reports { get; } = [];

    /// <summary>Every unit code named in <c>units</c>, including entries with other errors.</summary>
    public HashSet<string> UnitCodes { get; } = new(StringComparer.Ordinal);

    /// <summary>Every officer id named in <c>officers</c>, including entries with other errors.</summary>
    public HashSet<string> OfficerIds { get; } = new(StringComparer.Ordinal);

    public PlanFile ToPlanFile() => new(
        Header ?? throw new InvalidOperationException("A plan without a header cannot be built."),
        [.. Units.Select(u => u.Entry)],
        [.. Officers.Select(o => o.Entry)],
        [.. Tasks.Select(t => t.Entry)],
        [.. Reports.Select(r => r.Entry)]);
}
