using ReformBot.Plans;

namespace ReformBot.Progress;

/// <summary>
/// A plan, or the part of it under one unit, as it stood at the end of <see cref="At"/> (Vietnam time): rebuilt from
/// the task history, the extension decisions and the report submissions made by then.
/// </summary>
public sealed record ProgressSnapshot(
    Plan Plan,
    string? ScopeName,
    string? UnitCode,
    DateOnly At,
    IReadOnlyList<ProgressTaskRow> Tasks,
    IReadOnlyList<UnitProgress> Units,
    IReadOnlyList<SubmissionRow> Submissions,
    IReadOnlyList<ExtensionRow> Extensions)
{
    public ProgressCounts Counts { get; } = ProgressCounts.Of(Tasks);

    public int CountOf(ProgressStatus status) => Tasks.Count(t => t.Status == status);
}
