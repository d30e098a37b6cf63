namespace ReformBot.Broadcasts;

public static class BroadcastsServiceCollectionExtensions
{
    /// <summary>Announcements, plan-change notices and nudges: queued in the database, delivered in the background.</summary>
    public static IServiceCollection AddBroadcasts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BroadcastOptions>()
            .Bind(configuration.GetSection(BroadcastOptions.Section))
            .Validate(o => o.PollInterval > TimeSpan.Zero, "Broadcasts:PollInterval must be positive.")
            .Validate(o => o.MaxAttempts is >= 1 and <= 100, "Broadcasts:MaxAttempts must be between 1 and 100.")
            .Validate(o => o.QuietUntil < o.QuietFrom, "Broadcasts:QuietUntil must be earlier than Broadcasts:QuietFrom.")
            .ValidateOnStart();
        services.AddSingleton<QuietHours>();
        services.AddScoped<Broadcaster>();
        services.AddScoped<BroadcastDelivery>();
        services.AddHostedService<BroadcastWorker>();
        return services;
    }
}
