using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// <c>/healthz</c> entry <c>bot-authentication</c>: whether activities must carry a Bot Framework token. Production
/// running unauthenticated (<see cref="BotOptions.AllowUnauthenticated"/>) is degraded, so that it is seen.
/// </summary>
internal sealed class BotAuthenticationHealthCheck(IOptions<BotOptions> options, IHostEnvironment environment) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var authenticated = options.Value.AuthenticationEnabled;
        var data = new Dictionary<string, object> { ["authentication"] = authenticated ? "bot-framework-token" : "unauthenticated" };
        var result = authenticated || !environment.IsProduction()
            ? HealthCheckResult.Healthy(authenticated ? "activities need a Bot Framework token" : "no Bot:MicrosoftAppId: anonymous activities accepted (not Production)", data)
            : HealthCheckResult.Degraded("Production without Bot:MicrosoftAppId (Bot:AllowUnauthenticated=true): anyone can post activities", data: data);
        return Task.FromResult(result);
    }
}
