using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ReformBot.Progress;

/// <summary>
/// Issues and checks the time-limited download links: <c>base64url(json).base64url(HMAC-SHA256(key, json))</c>.
/// A link cannot be altered (the signature covers every field) and stops working at its expiry.
/// </summary>
public sealed class DownloadLinks
{
    private readonly byte[] key;
    private readonly ProgressOptions options;
    private readonly TimeProvider time;

    public DownloadLinks(IOptions<ProgressOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        this.options = options.Value;
        this.time = time;
        key = string.IsNullOrEmpty(this.options.DownloadKey) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(this.options.DownloadKey);
    }

    public TimeSpan Lifetime => options.LinkLifetime;

    public string Issue(DownloadToken token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var payload = JsonSerializer.SerializeToUtf8Bytes(token with { ExpiresAt = time.GetUtcNow().Add(options.LinkLifetime).ToUnixTimeSeconds() });
        return Base64Url(payload) + "." + Base64Url(HMACSHA256.HashData(key, payload));
    }

    /// <summary>The absolute link for <paramref name="token"/> (relative without <see cref="ProgressOptions.PublicBaseUrl"/>).</summary>
    public string Url(string token) => options.PublicBaseUrl is { } baseUrl
        ? baseUrl.ToString().TrimEnd('/') + "/api/files/" + token
        : "/api/files/" + token;

    /// <summary>The token's content when its signature is right and it has not expired; null otherwise.</summary>
    public DownloadToken? Read(string? token)
    {
        var dot = token?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (token is null || dot <= 0 || token.Length > 4096)
        {
            return null;
        }

        try
        {
            var payload = Convert.FromBase64String(Padded(token[..dot]));
            var signature = Convert.FromBase64String(Padded(token[(dot + 1)..]));
            if (!CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)))
            {
                return null;
            }

            var read = JsonSerializer.Deserialize<DownloadToken>(payload);
            return read is not null && read.ExpiresAt > time.GetUtcNow().ToUnixTimeSeconds() ? read : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Padded(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return s.PadRight(s.Length + ((4 - (s.Length % 4)) % 4), '=');
    }
}
