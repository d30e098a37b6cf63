using Microsoft.Extensions.DependencyInjection.Extensions;
using ReformBot.Audit;

namespace ReformBot.Conversation;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>What the bot understands and does, shared by every channel.</summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.AddScoped<OfficerDirectory>();
        services.AddScoped<TaskUpdater>();
        services.AddAudit();
        services.TryAddScoped<ExtensionRequests>();
        services.AddScoped<IConversationHandler, ConversationHandler>();
        return services;
    }
}
