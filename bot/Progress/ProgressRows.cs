using ReformBot.Plans;

namespace ReformBot.Progress;

/// <summary>One task as the workbook and the report draft show it, as of the snapshot's date.</summary>
public sealed record ProgressTaskRow(
    string Ref,
    string? Field,
    ReformIndex? Index,
    string? Criterion,
    Score? Score,
    string Title,
    IReadOnlyList<string> LeadCodes,
    string Lead,
    string Coordinating,
    string DeadlineText,
    DateOnly? DueDate,
    DateOnly? LegalDueDate,
    TaskState State,
    ProgressStatus Status,
    int Progress,
    bool IsOverdue,
    bool IsExtended,
    int DaysOverdue,
    IReadOnlyList<string> Evidence,
    string? Obstacle,
    DateTimeOffset? LastUpdateAt,
    string? LastUpdateBy,
    DateTimeOffset? DoneAt);

/// <summary>
/// Counts as the bot's own overview gives them: by state (summing to <see cref="Total"/>), and among the tasks not done,
/// how many are overdue and how many run on an extension not yet over.
/// </summary>
public sealed record ProgressCounts(int Total, int Done, int InProgress, int Blocked, int NotStarted, int Overdue, int Extended)
{
    public static ProgressCounts Of(IEnumerable<ProgressTaskRow> rows)
    {
        var list = rows.ToList();
        return new ProgressCounts(
            list.Count,
            list.Count(r => r.State == TaskState.Done),
            list.Count(r => r.State == TaskState.InProgress),
            list.Count(r => r.State == TaskState.Blocked),
            list.Count(r => r.State == TaskState.Open),
            list.Count(r => r.IsOverdue),
            list.Count(r => r.Status == ProgressStatus.Extended));
    }

    /// <summary>Share of tasks done, 0–1; 0 when there are none.</summary>
    public double DoneRatio => Total == 0 ? 0 : (double)Done / Total;
}

/// <summary>A unit and everything below it, with the tasks it answers for counted and split by report status.</summary>
public sealed record UnitProgress(string Code, string Name, int Depth, ProgressCounts Counts, IReadOnlyDictionary<ProgressStatus, int> ByStatus);

/// <summary>What one submitting unit did for one report occurrence, as of the snapshot's date.</summary>
public sealed record SubmissionRow(
    string ReportCode,
    string ReportTitle,
    string Period,
    DateOnly DueDate,
    DateOnly LegalDueDate,
    string UnitCode,
    string UnitName,
    DateTimeOffset? SubmittedAt,
    string? SubmittedBy,
    int? WorkingDaysLate);

/// <summary>An extension request and its decision, as of the snapshot's date (a later decision shows as pending).</summary>
public sealed record ExtensionRow(
    string TaskRef,
    string TaskTitle,
    string Officer,
    string? Unit,
    DateTimeOffset RequestedAt,
    DateOnly? DeadlineBefore,
    DateOnly RequestedDate,
    string? Reason,
    ExtensionState State,
    DateOnly? ApprovedDate,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? DecisionNote);
