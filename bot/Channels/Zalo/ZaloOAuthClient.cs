using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// <c>POST {OAuthBaseUrl}/v4/oa/access_token</c>, form-encoded, header <c>secret_key: &lt;App Secret&gt;</c>, with
/// <c>app_id</c> and <c>grant_type=refresh_token, refresh_token</c> or <c>grant_type=authorization_code, code,
/// code_verifier</c> (fact sheet §1.4, A). The answer carries
/// <c>expires_in</c> as a string ("90000").
/// </summary>
public sealed class ZaloOAuthClient(HttpClient http, IOptions<ZaloOptions> options)
{
    public Task<ZaloTokenResponse> RefreshAsync(string refreshToken, CancellationToken cancellationToken) =>
        RequestAsync(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken }, cancellationToken);

    /// <summary>The first token pair, for the code the consent page gave and the PKCE verifier whose challenge it was shown.</summary>
    public Task<ZaloTokenResponse> ExchangeCodeAsync(string code, string codeVerifier, CancellationToken cancellationToken) =>
        RequestAsync(new() { ["grant_type"] = "authorization_code", ["code"] = code, ["code_verifier"] = codeVerifier }, cancellationToken);

    private async Task<ZaloTokenResponse> RequestAsync(Dictionary<string, string> form, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        form["app_id"] = settings.AppId ?? string.Empty;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.OAuthBaseUrl, "v4/oa/access_token"))
        {
            Content = new FormUrlEncodedContent(form),
        };
        request.Headers.TryAddWithoutValidation("secret_key", settings.AppSecret);
        using var response = await http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new ZaloTokenResponse(null, null, TimeSpan.Zero, $"HTTP {(int)response.StatusCode}");
        }

        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            json = null;
        }

        if (json is null)
        {
            return new ZaloTokenResponse(null, null, TimeSpan.Zero, "unreadable answer");
        }

        var access = ZaloJson.String(json["access_token"]);
        var refresh = ZaloJson.String(json["refresh_token"]);
        if (access is null || refresh is null)
        {
            var error = ZaloJson.String(json["error_name"]) ?? ZaloJson.String(json["error_description"]) ?? ZaloJson.String(json["message"]);
            return new ZaloTokenResponse(null, null, TimeSpan.Zero, $"{ZaloJson.String(json["error"]) ?? "?"} {error}".Trim());
        }

        // 25 h per the fact sheet when the answer does not say.
        var seconds = long.TryParse(ZaloJson.String(json["expires_in"]), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : 90000;
        return new ZaloTokenResponse(access, refresh, TimeSpan.FromSeconds(seconds), null);
    }
}
