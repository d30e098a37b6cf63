using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>The answer to a plan upload: which plan, which revision now, and what changed.</summary>
internal sealed record PlanImportResponse(
    string Code, int Revision, bool Created, bool Unchanged, PlanDiff Diff, IReadOnlyList<PlanFileError> Warnings)
{
    public static PlanImportResponse From(PlanImportResult result) =>
        new(result.Code, result.Revision, result.Created, result.Unchanged, result.Diff!, result.Warnings);
}
