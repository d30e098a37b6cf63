namespace ReformBot.Health;

public static class HealthServiceCollectionExtensions
{
    /// <summary>The checks of <c>/healthz</c> that belong to no other feature: this node within the cluster.</summary>
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster");
        return services;
    }
}
