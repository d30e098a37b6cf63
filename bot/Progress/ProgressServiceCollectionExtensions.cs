using ReformBot.Admin;
using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Progress;

public static class ProgressServiceCollectionExtensions
{
    /// <summary>Progress workbooks, report drafts, their charts, and the signed download links chat users get.</summary>
    public static IServiceCollection AddProgress(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ProgressOptions>()
            .Bind(configuration.GetSection(ProgressOptions.Section))
            .Validate(o => string.IsNullOrEmpty(o.DownloadKey) || o.DownloadKey.Length >= 32, "Progress:DownloadKey must be at least 32 characters long.")
            .Validate(o => o.LinkLifetime >= TimeSpan.FromMinutes(1) && o.LinkLifetime <= TimeSpan.FromDays(7), "Progress:LinkLifetime must be between 00:01:00 and 7.00:00:00.")
            .Validate(o => o.PublicBaseUrl is null || (o.PublicBaseUrl.IsAbsoluteUri && o.PublicBaseUrl.Scheme is "https" or "http"), "Progress:PublicBaseUrl must be an absolute http(s) address.")
            .ValidateOnStart();
        services.AddSingleton<DownloadLinks>();
        services.AddScoped<ProgressSnapshotBuilder>();
        services.AddScoped<ProgressExports>();
        services.AddScoped<ProgressDownloads>();
        services.AddScoped<IOfferedFiles, ProgressOfferedFiles>();
        services.AddSingleton<ICommandLineVerb, ProgressCommandLine>();
        services.AddScoped<IProgressChat, ProgressChat>();
        return services;
    }
}
