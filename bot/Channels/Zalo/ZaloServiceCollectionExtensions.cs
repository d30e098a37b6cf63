using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Inbox;

namespace ReformBot.Channels.Zalo;

public static class ZaloServiceCollectionExtensions
{
    /// <summary>
    /// The Zalo OA and Zalo Bot channels, each only when enabled (both off by default). With the OA enabled,
    /// <see cref="ZaloOfficerChannel"/> joins the channels <see cref="OfficerMessenger"/> tries.
    /// </summary>
    public static IServiceCollection AddZalo(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(ZaloOptions.Section);
        services.AddOptions<ZaloOptions>().Bind(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ZaloOptions>, ZaloOptionsValidator>();

        // Known to Delivery:ChannelOrder even when Zalo is not enabled on this instance.
        services.AddSingleton(new OfficerChannelName(ZaloChannelNames.Oa));

        // Read once here because it decides what is registered; the validator checks the rest at start-up.
        var settings = section.Get<ZaloOptions>() ?? new ZaloOptions();
        if (!settings.Enabled && !settings.BotEnabled)
        {
            return services;
        }

        services.AddScoped<ZaloInbox>();
        services.AddSingleton<ZaloMessageRenderer>();
        if (settings.Enabled)
        {
            services.AddSingleton<ZaloTokenProvider>();
            services.AddSingleton<ZaloRateGate>();
            services.AddHttpClient<ZaloOAuthClient>(c => c.Timeout = TimeSpan.FromSeconds(30));
            services.AddSingleton<ZaloOAuthFlow>();
            services.AddHttpClient<ZaloOaClient>(c => c.Timeout = TimeSpan.FromSeconds(30));
            services.AddScoped<ZaloMessenger>();
            services.AddScoped<ZaloPhoneLinker>();
            services.AddChatFiles();
            services.AddScoped<ZaloOaEventProcessor>();
            services.AddInboxHandler<ZaloOaEventProcessor>();
            services.AddScoped<ZaloOfficerChannel>();
            services.AddScoped<IOfficerChannel>(sp => sp.GetRequiredService<ZaloOfficerChannel>());
            services.AddScoped<IChannelReach, ZaloReach>();
        }

        if (settings.BotEnabled)
        {
            // The bot token is part of the URL: no request logging for this client.
            services.AddHttpClient<ZaloBotClient>(c => c.Timeout = TimeSpan.FromSeconds(30)).RemoveAllLoggers();
            services.AddInboxHandler<ZaloBotUpdateProcessor>();
        }

        return services;
    }
}
