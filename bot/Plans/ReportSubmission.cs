namespace ReformBot.Plans;

/// <summary>What one submitting unit owes for one report period, and whether and how it was delivered.</summary>
public sealed class ReportSubmission
{
    private ReportSubmission()
    {
        UnitCode = string.Empty;
    }

    public ReportSubmission(long periodId, string unitCode)
    {
        PeriodId = periodId;
        UnitCode = unitCode;
    }

    public long Id { get; private set; }
    public long PeriodId { get; private set; }
    public string UnitCode { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public string? SubmittedBy { get; private set; }
    public string? Channel { get; private set; }
    public string? Note { get; private set; }

    public bool IsSubmitted => SubmittedAt is not null;

    public void MarkSubmitted(string officerId, string channel, string? note, DateTimeOffset at)
    {
        SubmittedAt = at;
        SubmittedBy = officerId;
        Channel = channel;
        Note = note;
    }

    /// <summary>"Hoàn tác" right after a report was said sent in words: the report is owed again.</summary>
    public void UndoSubmitted()
    {
        SubmittedAt = null;
        SubmittedBy = null;
        Channel = null;
        Note = null;
    }
}
