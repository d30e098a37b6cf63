namespace ReformBot.Channels.Zalo;

/// <summary>
/// The OA's tokens (one row). A refresh token works once, so a refresh is claimed in the database first
/// (<see cref="RefreshStartedAt"/>, guarded by <see cref="Version"/>) and the new pair is stored as soon as it arrives.
/// </summary>
public sealed class ZaloToken
{
    public const int SingleId = 1;

    private ZaloToken()
    {
        RefreshToken = string.Empty;
    }

    public ZaloToken(string refreshToken, DateTimeOffset at)
    {
        Id = SingleId;
        RefreshToken = refreshToken;
        UpdatedAt = at;
    }

    public int Id { get; private set; }
    public string? AccessToken { get; private set; }
    public DateTimeOffset? AccessTokenExpiresAt { get; private set; }
    public string RefreshToken { get; private set; }

    /// <summary>Set while one process uses the refresh token; another waits or takes over once it is stale.</summary>
    public DateTimeOffset? RefreshStartedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Optimistic concurrency: two instances cannot both claim the same refresh.</summary>
    public long Version { get; private set; }

    /// <summary>The last refresh error, for the operator.</summary>
    public string? LastError { get; private set; }

    public bool IsUsable(DateTimeOffset now, TimeSpan ahead) =>
        AccessToken is not null && AccessTokenExpiresAt is DateTimeOffset expires && expires - ahead > now;

    public bool IsRefreshing(DateTimeOffset now, TimeSpan stale) => RefreshStartedAt is DateTimeOffset started && now - started < stale;

    public void BeginRefresh(DateTimeOffset at)
    {
        RefreshStartedAt = at;
        Touch(at);
    }

    public void CompleteRefresh(string accessToken, string refreshToken, DateTimeOffset expiresAt, DateTimeOffset at)
    {
        AccessToken = accessToken;
        RefreshToken = refreshToken;
        AccessTokenExpiresAt = expiresAt;
        RefreshStartedAt = null;
        LastError = null;
        Touch(at);
    }

    public void FailRefresh(string error, DateTimeOffset at)
    {
        RefreshStartedAt = null;
        LastError = error.Length > 500 ? error[..500] : error;
        Touch(at);
    }

    /// <summary>An operator gave a new refresh token (e.g. after re-authorising the app): the access token is dropped.</summary>
    public void Replace(string refreshToken, DateTimeOffset at)
    {
        RefreshToken = refreshToken;
        AccessToken = null;
        AccessTokenExpiresAt = null;
        RefreshStartedAt = null;
        LastError = null;
        Touch(at);
    }

    private void Touch(DateTimeOffset at)
    {
        UpdatedAt = at;
        Version++;
    }
}
