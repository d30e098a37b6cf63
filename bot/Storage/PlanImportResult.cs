using ReformBot.Plans;

namespace ReformBot.Storage;

/// <summary>
/// What loading a plan file did. <see cref="Errors"/> non-empty: rejected, nothing stored. Otherwise
/// <see cref="Created"/> (revision 1), a new revision, or <see cref="Unchanged"/> (no revision made).
/// </summary>
public sealed record PlanImportResult(
    string Code,
    int Revision,
    bool Created,
    bool Unchanged,
    PlanDiff? Diff,
    IReadOnlyList<PlanFileError> Errors,
    IReadOnlyList<PlanFileError> Warnings)
{
    public bool IsRejected => Errors.Count > 0;

    public static PlanImportResult Rejected(string code, IReadOnlyList<PlanFileError> errors, IReadOnlyList<PlanFileError> warnings) =>
        new(code, 0, false, false, null, errors, warnings);
}
