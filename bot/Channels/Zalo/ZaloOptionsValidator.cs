using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>Checks the <c>Zalo</c> section at start-up; a disabled platform needs nothing.</summary>
internal sealed class ZaloOptionsValidator : IValidateOptions<ZaloOptions>
{
    public ValidateOptionsResult Validate(string? name, ZaloOptions options)
    {
        var problems = new List<string>();
        if (options.Enabled)
        {
            Require(problems, options.AppId, "Zalo:AppId");
            Require(problems, options.AppSecret, "Zalo:AppSecret");
            Require(problems, options.OaSecretKey, "Zalo:OaSecretKey");
            Absolute(problems, options.OaApiBaseUrl, "Zalo:OaApiBaseUrl");
            Absolute(problems, options.OAuthBaseUrl, "Zalo:OAuthBaseUrl");
            Absolute(problems, options.ZnsApiBaseUrl, "Zalo:ZnsApiBaseUrl");
            if (options.InteractionWindow <= TimeSpan.Zero || options.InteractionWindow > TimeSpan.FromDays(7))
            {
                problems.Add("Zalo:InteractionWindow must be more than 0 and at most 7 days (Zalo's own limit).");
            }

            if (!string.IsNullOrWhiteSpace(options.TemplateId) && options.TemplateFields.Count == 0)
            {
                problems.Add("Zalo:TemplateFields must map the template's parameters when Zalo:TemplateId is set.");
            }

            if (options.OAuthCallbackUrl is { } callback && (!callback.IsAbsoluteUri || !callback.AbsolutePath.EndsWith(ZaloOAuthFlow.CallbackPath, StringComparison.Ordinal)))
            {
                problems.Add($"Zalo:OAuthCallbackUrl must be an absolute URL ending in {ZaloOAuthFlow.CallbackPath}.");
            }

            if (options.RequestInfoImageUrl is { IsAbsoluteUri: false })
            {
                problems.Add("Zalo:RequestInfoImageUrl must be an absolute URL.");
            }
        }

        if (options.BotEnabled)
        {
            Require(problems, options.BotToken, "Zalo:BotToken");
            if (options.BotSecretToken is not { Length: >= 8 and <= 256 })
            {
                problems.Add("Zalo:BotSecretToken must be 8 to 256 characters (the secret_token given to setWebhook).");
            }

            Absolute(problems, options.BotApiBaseUrl, "Zalo:BotApiBaseUrl");
        }

        if (options.DomainVerification is { } code && !ZaloOAuthFlow.IsVerificationCode(code))
        {
            problems.Add("Zalo:DomainVerification must be the code Zalo gives (letters, digits, '-' and '_', at most 100).");
        }

        if (options.MaxBodyBytes is < 1024 or > 10 * 1024 * 1024)
        {
            problems.Add("Zalo:MaxBodyBytes must be between 1024 and 10485760.");
        }

        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static void Require(List<string> problems, string? value, string key)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{key} is required when the Zalo channel is enabled.");
        }
    }

    private static void Absolute(List<string> problems, Uri? url, string key)
    {
        if (url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            problems.Add($"{key} must be an absolute http(s) URL.");
        }
    }
}
