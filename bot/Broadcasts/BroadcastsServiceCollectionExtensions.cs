using ReformBot.Delivery;

namespace ReformBot.Broadcasts;

public static class BroadcastsServiceCollectionExtensions
{
    /// <summary>
    /// Announcements, plan-change notices and nudges: written to the one outbox (Delivery sends them), with the
    /// sender's progress and delivery report built from their rows.
    /// </summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services)
    {
        services.AddScoped<Broadcaster>();
        services.AddScoped<IOutboxListener, BroadcastReports>();
        return services;
    }
}
