using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// An Entra ID token endpoint over HTTPS (MSAL insists on https authorities) with a self-signed certificate made in
/// the test; the bot's MSAL HTTP client is told to trust exactly that certificate.
/// </summary>
public sealed class FakeTokenServer : IAsyncDisposable
{
    public const string AccessToken = "access-token-from-fake-entra";
    private LoopbackServer server = null!;

    private FakeTokenServer(X509Certificate2 certificate)
    {
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    /// <summary>For <c>Bot:OAuthAuthorityHost</c>.</summary>
    public string AuthorityHost => server.BaseUri.AbsoluteUri.TrimEnd('/');

    public IReadOnlyList<RecordedRequest> Requests => server.Requests;

    /// <summary>Answer token requests as Entra does for a wrong or expired client secret.</summary>
    public bool RefuseClient { get; set; }

    public Task<IReadOnlyList<RecordedRequest>> WaitForTokenRequestsAsync(int count) =>
        server.WaitForAsync(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal), count);

    public IReadOnlyList<RecordedRequest> TokenRequests => [.. server.Requests.Where(r => r.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))];

    public static async Task<FakeTokenServer> StartAsync()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var san = new SubjectAlternativeNameBuilder();
        san.AddIpAddress(System.Net.IPAddress.Loopback);
        request.CertificateExtensions.Add(san.Build());
        var now = TimeProvider.System.GetUtcNow();
        using var created = request.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
        var tokens = new FakeTokenServer(certificate);
        tokens.server = await LoopbackServer.StartAsync(tokens.RespondAsync, certificate);
        return tokens;
    }

    public HttpClientHandler CreateTrustingHandler() => new()
    {
        ServerCertificateCustomValidationCallback = (_, cert, _, _) => cert?.Thumbprint == Certificate.Thumbprint,
    };

    private async Task RespondAsync(RecordedRequest request, HttpResponse response)
    {
        response.ContentType = "application/json";
        if (request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal) && RefuseClient)
        {
            response.StatusCode = 401;
            await response.WriteAsync(new JsonObject
            {
                ["error"] = "invalid_client",
                ["error_description"] = "AADSTS7000215: Invalid client secret provided.",
                ["error_codes"] = new JsonArray(7000215),
            }.ToJsonString());
            return;
        }

        if (request.Path.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal))
        {
            await response.WriteAsync(new JsonObject
            {
                ["token_type"] = "Bearer",
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = AccessToken,
            }.ToJsonString());
            return;
        }

        // MSAL may ask for the tenant's metadata; answer like Entra does.
        var tenant = request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "common";
        var root = AuthorityHost + "/" + tenant;
        await response.WriteAsync(new JsonObject
        {
            ["token_endpoint"] = root + "/oauth2/v2.0/token",
            ["authorization_endpoint"] = root + "/oauth2/v2.0/authorize",
            ["issuer"] = root + "/v2.0",
        }.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await server.DisposeAsync();
        Certificate.Dispose();
    }
}
