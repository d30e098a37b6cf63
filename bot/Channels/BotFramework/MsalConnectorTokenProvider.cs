using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Client-credential tokens from Entra ID through MSAL, as the SDK gets them: authority
/// <c>{OAuthAuthorityHost}/{botframework.com | tenant}</c>, scope <c>https://api.botframework.com/.default</c>.
/// MSAL caches the token and renews it before it expires. Instance discovery is off, so the authority host can be a
/// sovereign cloud or a test server; MSAL's HTTP goes through <see cref="HttpClientName"/>.
/// </summary>
internal sealed class MsalConnectorTokenProvider(IOptions<BotOptions> options, IHttpClientFactory httpClients) : IConnectorTokenProvider
{
    public const string HttpClientName = "BotFramework.Msal";

    private readonly Lazy<IConfidentialClientApplication?> application = new(() => Create(options.Value, httpClients));

    public async Task<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (application.Value is not { } app)
        {
            return null;
        }

        var result = await app.AcquireTokenForClient([options.Value.OAuthScope]).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }

    private static IConfidentialClientApplication? Create(BotOptions settings, IHttpClientFactory httpClients)
    {
        if (!settings.AuthenticationEnabled)
        {
            return null;
        }

        var authority = $"{settings.OAuthAuthorityHost.TrimEnd('/')}/{settings.OAuthTenant}";
        return ConfidentialClientApplicationBuilder.Create(settings.MicrosoftAppId)
            .WithClientSecret(settings.MicrosoftAppPassword)
            .WithAuthority(authority, validateAuthority: false)
            .WithInstanceDiscovery(false)
            .WithHttpClientFactory(new MsalHttpClientFactory(httpClients))
            .Build();
    }

    private sealed class MsalHttpClientFactory(IHttpClientFactory httpClients) : IMsalHttpClientFactory
    {
        public HttpClient GetHttpClient() => httpClients.CreateClient(HttpClientName);
    }
}
