using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Signing keys per OpenID metadata URL: fetched on first use, refreshed daily, and once more when a token names a
/// key we do not know (keys roll over) — but not more often than <see cref="UnknownKeyRefreshInterval"/>, so forged
/// tokens cannot make us hammer the metadata endpoint. Endorsements are read from the raw JWKS.
/// </summary>
internal sealed partial class OpenIdKeyCache(IHttpClientFactory httpClients, TimeProvider time, ILogger<OpenIdKeyCache> logger) : IDisposable
{
    public const string HttpClientName = "BotFramework.OpenId";
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromDays(1);
    public static readonly TimeSpan UnknownKeyRefreshInterval = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, OpenIdKeys> cache = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim refreshing = new(1, 1);

    public void Dispose() => refreshing.Dispose();

    /// <summary>The keys for <paramref name="metadataUrl"/>, refreshed if stale or if <paramref name="kid"/> is unknown.</summary>
    public async Task<OpenIdKeys> GetAsync(string metadataUrl, string? kid, CancellationToken cancellationToken)
    {
        if (cache.TryGetValue(metadataUrl, out var keys) && !NeedsRefresh(keys, kid))
        {
            return keys;
        }

        await refreshing.WaitAsync(cancellationToken);
        try
        {
            if (cache.TryGetValue(metadataUrl, out keys) && !NeedsRefresh(keys, kid))
            {
                return keys;
            }

            try
            {
                keys = await FetchAsync(metadataUrl, cancellationToken);
                cache[metadataUrl] = keys;
                LogFetched(logger, metadataUrl, keys.Keys.Count);
            }
            catch (Exception e) when (e is HttpRequestException or JsonException or InvalidOperationException or TaskCanceledException && keys is not null)
            {
                // Keep serving the keys we have; the next request tries again after the interval.
                LogFetchFailed(logger, e, metadataUrl);
                keys = keys! with { FetchedAt = time.GetUtcNow() - RefreshInterval + UnknownKeyRefreshInterval };
                cache[metadataUrl] = keys;
            }

            return keys;
        }
        finally
        {
            refreshing.Release();
        }
    }

    private bool NeedsRefresh(OpenIdKeys keys, string? kid)
    {
        var age = time.GetUtcNow() - keys.FetchedAt;
        return age >= RefreshInterval || (!keys.HasKey(kid) && age >= UnknownKeyRefreshInterval);
    }

    private async Task<OpenIdKeys> FetchAsync(string metadataUrl, CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = JsonDocument.Parse(await http.GetStringAsync(new Uri(metadataUrl), cancellationToken));
        var jwksUri = metadata.RootElement.GetProperty("jwks_uri").GetString()
            ?? throw new InvalidOperationException($"{metadataUrl} has no jwks_uri.");
        var jwksJson = await http.GetStringAsync(new Uri(jwksUri), cancellationToken);

        var set = new JsonWebKeySet(jwksJson);
        var endorsements = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        using var raw = JsonDocument.Parse(jwksJson);
        foreach (var key in raw.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (key.TryGetProperty("kid", out var kid) && kid.GetString() is { } id &&
                key.TryGetProperty("endorsements", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                endorsements[id] = [.. list.EnumerateArray().Select(e => e.GetString()).OfType<string>()];
            }
        }

        return new OpenIdKeys([.. set.GetSigningKeys()], endorsements, time.GetUtcNow());
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetched {Count} signing keys from {MetadataUrl}")]
    private static partial void LogFetched(ILogger logger, string metadataUrl, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not refresh signing keys from {MetadataUrl}; keeping the cached ones")]
    private static partial void LogFetchFailed(ILogger logger, Exception exception, string metadataUrl);
}
