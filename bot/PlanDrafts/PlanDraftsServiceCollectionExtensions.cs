using ReformBot.Storage;

namespace ReformBot.PlanDrafts;

public static class PlanDraftsServiceCollectionExtensions
{
    /// <summary>Drafting plans from Word and Excel appendices, and the directory of units and officers.</summary>
    public static IServiceCollection AddPlanDrafts(this IServiceCollection services)
    {
        services.AddScoped<IPlanDraftSources, PlanDraftSources>();
        services.AddScoped<PlanDraftService>();
        return services;
    }
}
