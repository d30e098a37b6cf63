using Microsoft.Extensions.DependencyInjection.Extensions;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Inbox;
using ReformBot.Storage;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Teams, the Emulator and Web Chat over the Bot Connector protocol (section <c>Bot</c>). The conversation
    /// (<see cref="Conversation.IConversationHandler"/>) and the card renderer (<see cref="ICardRenderer"/>) come from elsewhere.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotOptions>().Bind(configuration.GetSection(BotOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotOptions>, BotOptionsValidator>();
        services.AddHostedService<BotAuthenticationWarning>();
        services.AddHealthChecks().AddCheck<BotAuthenticationHealthCheck>("bot-authentication");
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(OpenIdKeyCache.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddHttpClient(MsalConnectorTokenProvider.HttpClientName);
        services.AddHttpClient<ConnectorClient>((sp, c) => c.Timeout = sp.GetRequiredService<IOptions<BotOptions>>().Value.ConnectorTimeout);

        services.AddSingleton<OpenIdKeyCache>();
        services.AddSingleton<BotAuthenticator>();
        services.AddSingleton<ServiceUrlTrust>();
        services.AddSingleton<IConnectorTokenProvider, MsalConnectorTokenProvider>();
        services.AddChatFiles();
        services.AddInboxHandler<BotInboxHandler>();

        // Resolved late: the renderer is registered by the Cards feature, and start-up validation must not need it.
        services.AddScoped(sp => new ActivityMapper(sp.GetRequiredService<ICardRenderer>()));
        services.AddScoped<ConversationReferenceStore>();
        services.AddSingleton<ConversationReferencesSeen>();
        services.AddScoped<BotActivityProcessor>();
        services.AddScoped<BotReplySender>();
        services.AddHttpClient(FileConsentHandler.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddScoped<FileConsentHandler>();
        services.AddScoped<FileConsentClaims>();
        services.AddScoped<TeamsEmailMatcher>();
        services.AddScoped(sp => new ProactiveMessenger(
            sp.GetRequiredService<ReformBotDbContext>(),
            sp.GetRequiredService<ConversationReferenceStore>(),
            sp.GetRequiredService<ConnectorClient>(),
            sp.GetRequiredService<ActivityMapper>(),
            sp.GetRequiredService<ServiceUrlTrust>(),
            sp.GetRequiredService<IOptions<BotOptions>>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<TenantTurns>(),
            sp.GetRequiredService<ILogger<ProactiveMessenger>>()));
        services.AddScoped<IOfficerChannel, BotFrameworkOfficerChannel>();
        services.AddScoped<IChannelReach, BotFrameworkReach>();
        services.AddSingleton(new OfficerChannelName("msteams"));
        return services;
    }
}
