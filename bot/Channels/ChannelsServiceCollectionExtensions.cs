using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ReformBot.Channels;

internal static class ChannelsServiceCollectionExtensions
{
    /// <summary>What every channel shares: the download of files sent in chat. Safe to call from each channel's AddX.</summary>
    public static IServiceCollection AddChatFiles(this IServiceCollection services)
    {
        services.AddHttpClient(ChatFileDownloader.HttpClientName, c => c.Timeout = ChatFileDownloader.Timeout + TimeSpan.FromSeconds(5));
        services.TryAddSingleton<ChatFileDownloader>();
        return services;
    }
}
