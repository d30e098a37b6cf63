using Microsoft.Extensions.Options;

namespace ReformBot.Delivery;

public static class DeliveryServiceCollectionExtensions
{
    /// <summary>
    /// Delivery: the one outbox and its claiming sender (run by the reminder job), working hours, and proactive sending
    /// to officers; channels add themselves as <see cref="IOfficerChannel"/> (and their names as <see cref="OfficerChannelName"/>),
    /// features add <see cref="IOutboxComposer"/>s for their kinds and <see cref="IOutboxListener"/>s for follow-ups.
    /// </summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(DeliveryOptions.Section);
        var moved = MovedSettings.Find(configuration);
        services.AddOptions<DeliveryOptions>()
            .Configure(options =>
            {
                // The binder adds to a list that already has items; a list in the settings replaces the default instead.
                if (section.GetSection(nameof(DeliveryOptions.ChannelOrder)).GetChildren().Any())
                {
                    options.ChannelOrder = [];
                }

                section.Bind(options);
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<DeliveryOptions>>(sp => new DeliveryOptionsValidator(moved, sp.GetServices<OfficerChannelName>()));

        services.AddSingleton<QuietHours>();
        services.AddSingleton<OutboxHeartbeat>();
        // The send rate is about the channel's physical clock, not the service's business clock: the test clock (or a
        // test's manual clock) may stand still or jump, and sends must still be spaced in real seconds, never wait on it.
        services.AddSingleton(sp => new SendRateLimiter(sp.GetRequiredService<IOptions<DeliveryOptions>>(), TimeProvider.System));
        services.AddSingleton(sp => new TenantTurns(sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<IOptions<DeliveryOptions>>(), TimeProvider.System));
        services.AddScoped<OfficerMessenger>();
        services.AddScoped<OutboxSender>();
        services.AddScoped<DeadLetters>();
        services.AddScoped<IOutboxComposer, StoredMessageComposer>();
        services.AddHealthChecks().AddCheck<OutboxHealthCheck>("outbox");
        return services;
    }
}
