using Microsoft.Extensions.Options;

namespace ReformBot.Inbox;

public static class InboxServiceCollectionExtensions
{
    /// <summary>
    /// The durable inbox (section <c>Inbox</c>): channels store every inbound event before answering, and
    /// <see cref="InboxWorker"/> handles them on any instance. Channels plug in with <see cref="AddInboxHandler{THandler}"/>.
    /// </summary>
    public static IServiceCollection AddInbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboxOptions>().Bind(configuration.GetSection(InboxOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<InboxOptions>, InboxOptionsValidator>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<InboxHandoff>();
        services.AddSingleton<InboxInserts>();
        services.AddSingleton<InboxAdmission>();
        services.AddSingleton<InboxWorkerStatus>();
        services.AddSingleton<InboxRunner>();
        services.AddScoped<InboxStore>();
        services.AddHostedService<InboxWorker>();
        services.AddHealthChecks().AddCheck<InboxHealthCheck>("inbox");
        return services;
    }

    /// <summary>Registers the handler of one channel's stored events (scoped: it gets the item's DI scope).</summary>
    public static IServiceCollection AddInboxHandler<THandler>(this IServiceCollection services)
        where THandler : class, IInboxHandler
    {
        services.AddScoped<IInboxHandler, THandler>();
        return services;
    }
}
