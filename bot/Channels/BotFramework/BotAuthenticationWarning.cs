using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>Says at start, loudly, that Production accepts anonymous activities because someone set <see cref="BotOptions.AllowUnauthenticated"/>.</summary>
internal sealed partial class BotAuthenticationWarning(IOptions<BotOptions> options, IHostEnvironment environment, ILogger<BotAuthenticationWarning> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (environment.IsProduction() && !options.Value.AuthenticationEnabled)
        {
            LogUnauthenticated(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "Bot:AllowUnauthenticated=true in Production: /api/messages accepts activities without a token; anyone who can reach it can act as any officer")]
    private static partial void LogUnauthenticated(ILogger logger);
}
