using Microsoft.EntityFrameworkCore;
using ReformBot.PlanDrafts;
using ReformBot.Plans;

namespace ReformBot.Storage;

/// <summary>Stored plans and the newest imported directory, for drafting.</summary>
internal sealed class PlanDraftSources(ReformBotDbContext db, PlanStore store, TimeProvider time) : IPlanDraftSources
{
    public Task<PlanFile?> FindPlanAsync(string code, CancellationToken cancellationToken) => store.ExportAsync(code, cancellationToken);

    public async Task<IReadOnlyList<PlanFile>> AllPlansAsync(CancellationToken cancellationToken)
    {
        var plans = new List<PlanFile>();
        foreach (var summary in await store.ListAsync(cancellationToken))
        {
            if (await store.ExportAsync(summary.Code, cancellationToken) is { } file)
            {
                plans.Add(file);
            }
        }

        return plans;
    }

    public async Task<DirectoryContent?> DirectoryAsync(CancellationToken cancellationToken)
    {
        var content = await db.UnitDirectoryImports.AsNoTracking().OrderByDescending(d => d.Id).Select(d => d.Content).FirstOrDefaultAsync(cancellationToken);
        return content is null ? null : DirectoryContent.FromJson(content);
    }

    public async Task SaveDirectoryAsync(DirectoryContent content, string source, CancellationToken cancellationToken)
    {
        db.UnitDirectoryImports.Add(new UnitDirectoryImport(source, content.ToJson(), content.Units.Count, content.Officers.Count, time.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
    }
}
