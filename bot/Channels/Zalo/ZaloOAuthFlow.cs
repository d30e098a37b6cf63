using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The OA's OAuth v4 consent with PKCE (fact sheet §1.4): the permission URL with an S256 <c>code_challenge</c> and a
/// <c>state</c>, and the matching <c>code_verifier</c> for the code exchange. Nothing is stored between the two steps,
/// so the callback may reach any instance: the state carries its own expiry and a MAC, and the verifier is derived from
/// the state with the App Secret, which only the service knows (the same secret the exchange needs anyway).
/// </summary>
internal sealed partial class ZaloOAuthFlow(IOptions<ZaloOptions> options, TimeProvider time)
{
    public const string StartPath = "/api/zalo/oauth/start";
    public const string CallbackPath = "/api/zalo/oauth/callback";

    /// <summary>Zalo keeps the code for 10 minutes; a consent started longer ago than this is refused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static bool IsVerificationCode(string code) => VerificationCode().IsMatch(code);

    /// <summary>A fresh state: 8 bytes of expiry (Unix seconds), 16 random bytes, then a MAC over both.</summary>
    public string NewState()
    {
        Span<byte> body = stackalloc byte[24];
        BinaryPrimitives.WriteInt64BigEndian(body, (time.GetUtcNow() + Lifetime).ToUnixTimeSeconds());
        RandomNumberGenerator.Fill(body[8..]);
        return WebEncoders.Base64UrlEncode(body) + "." + WebEncoders.Base64UrlEncode(Mac("state", body));
    }

    /// <summary>Whether <paramref name="state"/> was made here and has not expired.</summary>
    public bool IsValidState(string? state)
    {
        if (state is not { Length: > 0 and < 200 } || state.Split('.') is not [var encoded, var mac])
        {
            return false;
        }

        byte[] body, given;
        try
        {
            body = WebEncoders.Base64UrlDecode(encoded);
            given = WebEncoders.Base64UrlDecode(mac);
        }
        catch (FormatException)
        {
            return false;
        }

        return body.Length == 24
            && CryptographicOperations.FixedTimeEquals(given, Mac("state", body))
            && DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(body)) > time.GetUtcNow();
    }

    /// <summary>The PKCE verifier of a state: 43 base64url characters (RFC 7636 allows 43 to 128).</summary>
    public string Verifier(string state) => WebEncoders.Base64UrlEncode(Mac("pkce", Encoding.ASCII.GetBytes(state)));

    /// <summary>S256: base64url of the SHA-256 of the verifier, no padding.</summary>
    public static string Challenge(string verifier) => WebEncoders.Base64UrlEncode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    public Uri PermissionUrl(string state, Uri callback)
    {
        var settings = options.Value;
        var url = QueryHelpers.AddQueryString(new Uri(settings.OAuthBaseUrl, "v4/oa/permission").AbsoluteUri, new Dictionary<string, string?>
        {
            ["app_id"] = settings.AppId,
            ["redirect_uri"] = callback.AbsoluteUri,
            ["code_challenge"] = Challenge(Verifier(state)),
            ["state"] = state,
        });
        return new Uri(url);
    }

    private byte[] Mac(string purpose, ReadOnlySpan<byte> data)
    {
        var key = SHA256.HashData(Encoding.UTF8.GetBytes("reformbot-zalo-oauth|" + purpose + "|" + options.Value.AppSecret));
        return HMACSHA256.HashData(key, data);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,100}$")]
    private static partial Regex VerificationCode();
}
