using System.Security.Cryptography;
using System.Text;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The OA webhook signature: <c>X-ZEvent-Signature: mac=&lt;hex&gt;</c> where hex is the lower-case SHA-256 (a plain
/// hash, not an HMAC) of <c>app_id + raw body + timestamp + OA secret key</c>, app_id and timestamp taken from the body
/// (fact sheet §1.2, rated A: Chatwoot, hainh.me and Zalo's Java SDK agree). One source says the App Secret is the key
/// and another uses oa_id instead of app_id (C); if real events fail the check, compare with those variants first.
/// </summary>
public static class ZaloSignature
{
    public const string HeaderName = "X-ZEvent-Signature";
    private const string Prefix = "mac=";

    public static string Compute(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(appId);
        ArgumentNullException.ThrowIfNull(timestamp);
        ArgumentNullException.ThrowIfNull(secretKey);
        var head = Encoding.UTF8.GetBytes(appId);
        var tail = Encoding.UTF8.GetBytes(timestamp + secretKey);
        var all = new byte[head.Length + rawBody.Length + tail.Length];
        head.CopyTo(all, 0);
        rawBody.CopyTo(all.AsSpan(head.Length));
        tail.CopyTo(all, head.Length + rawBody.Length);
        return Convert.ToHexStringLower(SHA256.HashData(all));
    }

    /// <summary>The header value Zalo would send for this body.</summary>
    public static string Header(string appId, ReadOnlySpan<byte> rawBody, string timestamp, string secretKey) =>
        Prefix + Compute(appId, rawBody, timestamp, secretKey);

    public static bool IsValid(string? header, string appId, ReadOnlySpan<byte> rawBody, string timestamp, string secretKey)
    {
        if (string.IsNullOrEmpty(header))
        {
            return false;
        }

        var given = header.Trim();
        if (given.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            given = given[Prefix.Length..];
        }

        var expected = Compute(appId, rawBody, timestamp, secretKey);
        return CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(given.ToLowerInvariant()), Encoding.ASCII.GetBytes(expected));
    }
}
