using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>Checks the <c>Bot</c> section at start-up so a wrong registration fails fast instead of at the first message.</summary>
/// <param name="environment">Absent when only the options are built (tools, option tests): then not Production.</param>
internal sealed class BotOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        var failures = new List<string>();
        if (environment?.IsProduction() == true && !options.AuthenticationEnabled && !options.AllowUnauthenticated)
        {
            failures.Add(
                "Bot:MicrosoftAppId is required in Production: without it /api/messages accepts anonymous activities. " +
                "Set Bot:MicrosoftAppId and Bot:MicrosoftAppPassword, or Bot:AllowUnauthenticated=true to run without authentication on purpose.");
        }

        if (options.AuthenticationEnabled && string.IsNullOrWhiteSpace(options.MicrosoftAppPassword))
        {
            failures.Add("Bot:MicrosoftAppPassword is required when Bot:MicrosoftAppId is set.");
        }

        if (options.MicrosoftAppType == BotAppType.SingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add("Bot:MicrosoftAppType=SingleTenant needs Bot:MicrosoftAppTenantId.");
        }

        foreach (var (key, url) in Urls(options))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            {
                failures.Add($"Bot:{key} must be an absolute http(s) URL.");
            }
        }

        if (options.MaxRequestBytes <= 0 || options.RetryMaxAttempts <= 0)
        {
            failures.Add("Bot:MaxRequestBytes and RetryMaxAttempts must be positive.");
        }

        if (options.InvokeTimeout <= TimeSpan.Zero || options.InvokeTimeout > TimeSpan.FromSeconds(14))
        {
            failures.Add("Bot:InvokeTimeout must be between 0 and 14 seconds (the channel gives up after 15).");
        }

        if (options.RetryBaseDelay < TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Bot:RetryBaseDelay and RetryMaxDelay must be non-negative, RetryMaxDelay >= RetryBaseDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static IEnumerable<(string Key, string? Url)> Urls(BotOptions options)
    {
        yield return (nameof(options.OpenIdMetadataUrl), options.OpenIdMetadataUrl);
        yield return (nameof(options.EmulatorOpenIdMetadataUrl), options.EmulatorOpenIdMetadataUrl);
        yield return (nameof(options.OAuthAuthorityHost), options.OAuthAuthorityHost);
        yield return (nameof(options.DefaultServiceUrl), options.DefaultServiceUrl);
        foreach (var url in options.TrustedServiceUrls)
        {
            yield return (nameof(options.TrustedServiceUrls), url);
        }
    }
}
