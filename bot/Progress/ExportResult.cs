namespace ReformBot.Progress;

/// <summary>A built file, whole in memory: nothing is sent before all of it exists.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content);

/// <summary>Why an export was refused.</summary>
public enum ExportFailure
{
    PlanNotFound,
    NotAllowed,
    UnitNotFound,
    OutsideScope,
    DateOutsidePlan,
    ReportNotFound,
    OccurrenceNotFound,

    /// <summary>What the file was built from is gone or closed (an expired or loaded plan draft).</summary>
    Expired,
}

/// <summary>
/// A file, or the reason there is none: <see cref="Detail"/> in English for the admin API and logs,
/// <see cref="ChatText"/> in Vietnamese for chat. <see cref="UnitCode"/> is the scope the file covers (null: the whole plan).
/// </summary>
public sealed record ExportResult(ExportFile? File, ExportFailure? Failure, string? Detail, string? ChatText, string? UnitCode, DateOnly? At)
{
    public static ExportResult Refused(ExportFailure failure, string detail, string chatText) => new(null, failure, detail, chatText, null, null);

    public bool IsNotFound => Failure is ExportFailure.PlanNotFound or ExportFailure.UnitNotFound or ExportFailure.ReportNotFound or ExportFailure.OccurrenceNotFound or ExportFailure.Expired;
}

/// <summary>What to export: a plan's progress (as of <see cref="At"/>, today when null) or the draft of one report occurrence.</summary>
public sealed record ExportRequest(string PlanCode, string? Unit, DateOnly? At, string? Report = null, string? Occurrence = null);
