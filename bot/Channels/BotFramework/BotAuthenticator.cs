using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Checks the <c>Authorization</c> header of an incoming activity the way the Bot Framework SDK does: an Emulator
/// token (recognised by its issuer) or a channel token (Bot Framework issuer, audience = app id, endorsed key,
/// <c>serviceurl</c> claim = activity.serviceUrl). Without an app id only anonymous requests pass.
/// </summary>
internal sealed partial class BotAuthenticator(
    IOptions<BotOptions> options, OpenIdKeyCache keys, TimeProvider time, ILogger<BotAuthenticator> logger)
{
    public const string ChannelIssuer = "https://api.botframework.com";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    private static readonly string[] Algorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly string[] EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
    ];

    private readonly JsonWebTokenHandler handler = new();

    /// <summary>True when the request may be processed.</summary>
    public async Task<bool> AuthenticateAsync(string? authorization, Activity activity, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.AuthenticationEnabled)
        {
            // Local development: the Emulator with blank credentials and offline-directline send no header.
            return Check(string.IsNullOrEmpty(authorization), "an Authorization header arrived but no Bot:MicrosoftAppId is configured");
        }

        if (authorization is null || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return Check(false, "no bearer token");
        }

        var raw = authorization["Bearer ".Length..].Trim();
        JsonWebToken token;
        try
        {
            token = new JsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            return Check(false, "malformed token");
        }

        try
        {
            return IsEmulatorIssuer(token.Issuer, settings)
                ? await ValidateEmulatorAsync(raw, token, settings, cancellationToken)
                : await ValidateChannelAsync(raw, token, activity, settings, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or KeyNotFoundException)
        {
            LogMetadataUnavailable(logger, e);
            return false;
        }
    }

    private async Task<bool> ValidateChannelAsync(string raw, JsonWebToken token, Activity activity, BotOptions settings, CancellationToken cancellationToken)
    {
        var signingKeys = await keys.GetAsync(settings.OpenIdMetadataUrl, token.Kid, cancellationToken);
        var result = await handler.ValidateTokenAsync(raw, Parameters(signingKeys, [ChannelIssuer], settings.MicrosoftAppId));
        if (!result.IsValid)
        {
            return Check(false, $"channel token invalid: {result.Exception?.GetType().Name}");
        }

        // A key that carries endorsements may only sign for the channels it lists.
        if (!signingKeys.Endorsements.TryGetValue(token.Kid ?? string.Empty, out var endorsed) ||
            !endorsed.Contains(activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            return Check(false, $"signing key is not endorsed for channel '{activity.ChannelId}'");
        }

        var serviceUrl = result.Claims.TryGetValue("serviceurl", out var claim) ? claim as string : null;
        return Check(
            !string.IsNullOrEmpty(serviceUrl) && string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase),
            "serviceurl claim does not match the activity's serviceUrl");
    }

    private async Task<bool> ValidateEmulatorAsync(string raw, JsonWebToken token, BotOptions settings, CancellationToken cancellationToken)
    {
        var signingKeys = await keys.GetAsync(settings.EmulatorOpenIdMetadataUrl, token.Kid, cancellationToken);
        var parameters = Parameters(signingKeys, EmulatorIssuersFor(settings), audience: null);
        var result = await handler.ValidateTokenAsync(raw, parameters);
        if (!result.IsValid)
        {
            return Check(false, $"emulator token invalid: {result.Exception?.GetType().Name}");
        }

        var version = result.Claims.TryGetValue("ver", out var ver) ? ver as string : null;
        var appIdClaim = version switch
        {
            null or "" or "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        var appId = appIdClaim is not null && result.Claims.TryGetValue(appIdClaim, out var value) ? value as string : null;
        return Check(string.Equals(appId, settings.MicrosoftAppId, StringComparison.Ordinal), $"emulator token (ver {version}) is for another app");
    }

    private TokenValidationParameters Parameters(OpenIdKeys signingKeys, IEnumerable<string> issuers, string? audience) => new()
    {
        ValidIssuers = issuers,
        ValidateAudience = audience is not null,
        ValidAudience = audience,
        ValidateLifetime = true,
        RequireExpirationTime = true,
        ClockSkew = ClockSkew,
        LifetimeValidator = IsCurrent,
        IssuerSigningKeys = signingKeys.Keys,
        ValidateIssuerSigningKey = true,
        RequireSignedTokens = true,
        ValidAlgorithms = Algorithms,
    };

    /// <summary>Lifetime against the injected clock (with the 5 minute skew), not the machine's.</summary>
    private bool IsCurrent(DateTime? notBefore, DateTime? expires, SecurityToken token, TokenValidationParameters parameters)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return expires is { } exp && now <= exp.ToUniversalTime() + ClockSkew && (notBefore is not { } nbf || now >= nbf.ToUniversalTime() - ClockSkew);
    }

    private static bool IsEmulatorIssuer(string? issuer, BotOptions settings) =>
        issuer is not null && EmulatorIssuersFor(settings).Contains(issuer, StringComparer.Ordinal);

    private static string[] EmulatorIssuersFor(BotOptions settings)
    {
        if (settings.MicrosoftAppType == BotAppType.SingleTenant && !string.IsNullOrEmpty(settings.MicrosoftAppTenantId))
        {
            return
            [
                .. EmulatorIssuers,
                $"https://sts.windows.net/{settings.MicrosoftAppTenantId}/",
                $"https://login.microsoftonline.com/{settings.MicrosoftAppTenantId}/v2.0",
            ];
        }

        return EmulatorIssuers;
    }

    private bool Check(bool ok, string reasonIfNot)
    {
        if (!ok)
        {
            LogRejected(logger, reasonIfNot);
        }

        return ok;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Rejected a Bot Framework request: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not load the OpenID signing keys; request rejected")]
    private static partial void LogMetadataUnavailable(ILogger logger, Exception exception);
}
