using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReformBot.WebChat;

public static class WebChatServiceCollectionExtensions
{
    /// <summary>The Development chat page's Direct Line conversations (kept in memory; mapped by <see cref="WebChatEndpoints.MapWebChat"/>).</summary>
    public static IServiceCollection AddWebChat(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DirectLineConversations>();
        return services;
    }
}
