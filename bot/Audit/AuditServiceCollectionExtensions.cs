using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReformBot.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit log. Safe to call more than once.</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddScoped<AuditLog>();
        return services;
    }
}
