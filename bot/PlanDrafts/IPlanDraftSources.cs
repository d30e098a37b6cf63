using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>What drafting reads from storage: stored plans (for revisions and their units) and the imported directory.</summary>
internal interface IPlanDraftSources
{
    Task<PlanFile?> FindPlanAsync(string code, CancellationToken cancellationToken);

    Task<IReadOnlyList<PlanFile>> AllPlansAsync(CancellationToken cancellationToken);

    Task<DirectoryContent?> DirectoryAsync(CancellationToken cancellationToken);

    Task SaveDirectoryAsync(DirectoryContent content, string source, CancellationToken cancellationToken);
}
