namespace ReformBot.Progress;

/// <summary>
/// What a report draft says for one occurrence: the snapshot at the end of its data window, the occurrence, the tasks
/// due in the next period and whether each submitting unit has sent its report.
/// </summary>
public sealed record ReportDraftData(
    ProgressSnapshot Snapshot,
    string ReportTitle,
    string Period,
    DateOnly DueDate,
    DateOnly? WindowStart,
    DateOnly WindowEnd,
    string? IssuerName,
    string? NextPeriod,
    IReadOnlyList<ProgressTaskRow> NextTasks,
    int DoneInWindow);
