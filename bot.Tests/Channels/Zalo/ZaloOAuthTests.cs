using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Web;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>
/// The OA consent with PKCE, hosted by the bot: the administrator starts it with the admin key, Zalo (here the fake)
/// sends the browser back with a code, and the bot exchanges it with the verifier whose challenge it showed.
/// </summary>
public sealed class ZaloOAuthTests : IAsyncLifetime
{
    private const string ApiKey = "test-admin-key-0123456789";
    private ZaloTestHost host = null!;
    private HttpClient browser = null!;

    public async Task InitializeAsync()
    {
        host = await ZaloTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Admin:ApiKey"] = ApiKey,
            ["Zalo:DomainVerification"] = "AbC123_xyz",
        });

        // A browser that shows redirects instead of following them, and whose cookies the test carries by hand.
        browser = host.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
    }

    public async Task DisposeAsync()
    {
        browser.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task WithoutTheKeyTheStartPageAsksForIt()
    {
        using var response = await browser.GetAsync(new Uri("/api/zalo/oauth/start", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("name=\"apiKey\"", page, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task AWrongKeyInTheFormIsRefused()
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["apiKey"] = "wrong" });
        using var response = await browser.PostAsync(new Uri("/api/zalo/oauth/start", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task ConsentStoresTheFirstTokenPairFromACodeExchangedWithThePkceVerifier()
    {
        var (state, cookie, challenge) = await StartAsync(form: true);
        host.Zalo.Script(FakeZaloServer.OAuthPath, """{"access_token":"at-consent","refresh_token":"rt-consent","expires_in":"90000"}""");

        using var callback = await CallbackAsync($"code=the-code&oa_id=42&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.OK, callback.StatusCode);
        Assert.Contains("Zalo OA connected", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var exchange = (await host.Zalo.WaitForAsync(FakeZaloServer.OAuthPath)).Single();
        var form = HttpUtility.ParseQueryString(exchange.Body);
        Assert.Equal("authorization_code", form["grant_type"]);
        Assert.Equal("the-code", form["code"]);
        Assert.Equal(ZaloTestHost.AppId, form["app_id"]);
        Assert.Equal("app-secret", exchange.Header("secret_key"));
        var verifier = form["code_verifier"]!;
        Assert.InRange(verifier.Length, 43, 128);
        Assert.Equal(challenge, WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))));

        await using var db = host.Factory.CreateDbContext();
        var token = await db.ZaloTokens.AsNoTracking().SingleAsync();
        Assert.Equal("at-consent", token.AccessToken);
        Assert.Equal("rt-consent", token.RefreshToken);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "zalo.authorize" && e.Subject == "42");
    }

    [Fact]
    public async Task ACallbackWithAForgedStateOrFromAnotherBrowserStoresNothing()
    {
        var (state, _, _) = await StartAsync(form: false);
        var forged = state[..^2] + (state[^1] == 'A' ? "BB" : "AA");

        using var tampered = await CallbackAsync($"code=c&state={Uri.EscapeDataString(forged)}", $"reformbot_zalo_oauth={forged}");
        using var noCookie = await CallbackAsync($"code=c&state={Uri.EscapeDataString(state)}", null);
        using var otherCookie = await CallbackAsync($"code=c&state={Uri.EscapeDataString(state)}", "reformbot_zalo_oauth=something-else");

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noCookie.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, otherCookie.StatusCode);
        Assert.Empty(host.Zalo.To(FakeZaloServer.OAuthPath));
    }

    [Fact]
    public async Task ACodeZaloRefusesStoresNothingAndSaysWhy()
    {
        var (state, cookie, _) = await StartAsync(form: false);
        host.Zalo.Script(FakeZaloServer.OAuthPath, """{"error":-14019,"error_name":"Invalid code_verifier"}""");

        using var callback = await CallbackAsync($"code=c&state={Uri.EscapeDataString(state)}", cookie);

        Assert.Equal(HttpStatusCode.BadGateway, callback.StatusCode);
        Assert.Contains("Invalid code_verifier", await callback.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = host.Factory.CreateDbContext();
        Assert.DoesNotContain(await db.ZaloTokens.AsNoTracking().Select(t => t.RefreshToken).ToListAsync(), t => t == "rt-consent");
    }

    [Fact]
    public async Task TheDomainVerificationFileCarriesTheConfiguredCode()
    {
        using var response = await browser.GetAsync(new Uri("/zalo_verifierAbC123_xyz.html", UriKind.Relative));
        using var other = await browser.GetAsync(new Uri("/zalo_verifierOTHER.html", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<meta property=\"zalo-platform-site-verification\" content=\"AbC123_xyz\" />", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Fact]
    public void AVerificationCodeThatIsNotZalosDoesNotStart()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Zalo:DomainVerification"] = "<script>" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Zalo:DomainVerification", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Starts the consent (by the form, or by the header as curl would) and reads what the redirect to Zalo carries.</summary>
    private async Task<(string State, string Cookie, string Challenge)> StartAsync(bool form)
    {
        using var request = new HttpRequestMessage(form ? HttpMethod.Post : HttpMethod.Get, "/api/zalo/oauth/start");
        if (form)
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["apiKey"] = ApiKey });
        }
        else
        {
            request.Headers.Add("X-Api-Key", ApiKey);
        }

        using var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal(new Uri(host.Zalo.BaseUrl, "v4/oa/permission").AbsolutePath, location.AbsolutePath);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(ZaloTestHost.AppId, query["app_id"].ToString());
        Assert.EndsWith("/api/zalo/oauth/callback", query["redirect_uri"].ToString(), StringComparison.Ordinal);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("reformbot_zalo_oauth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        return (query["state"].ToString(), cookie.Split(';')[0], query["code_challenge"].ToString());
    }

    private async Task<HttpResponseMessage> CallbackAsync(string query, string? cookie)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/zalo/oauth/callback?" + query);
        if (cookie is not null)
        {
            request.Headers.Add("Cookie", cookie);
        }

        return await browser.SendAsync(request);
    }
}
