using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The OA access token, refreshed ahead of expiry. A refresh token works once: the refresh is first claimed in the
/// database (<see cref="ZaloToken.BeginRefresh"/>, guarded by a concurrency token so two instances cannot both use it),
/// and the new pair is stored the moment it arrives. Within this process refreshes are serialised by a semaphore.
/// </summary>
public sealed partial class ZaloTokenProvider(
    IServiceScopeFactory scopes, IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloTokenProvider> logger) : IDisposable
{
    /// <summary>A claim older than this is taken to belong to a crashed instance.</summary>
    private static readonly TimeSpan StaleClaim = TimeSpan.FromMinutes(2);

    private readonly SemaphoreSlim gate = new(1, 1);
    private string? cachedToken;
    private DateTimeOffset cachedUntil;

    /// <summary>A usable access token, or null when the OA has none (no refresh token, or the last refresh failed).</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (cachedToken is not null && cachedUntil - options.Value.RefreshAhead > time.GetUtcNow())
        {
            return cachedToken;
        }

        return await RefreshAsync(null, cancellationToken);
    }

    /// <summary>Zalo rejected <paramref name="rejected"/> (-216/-220): a new token, unless another caller already got one.</summary>
    public Task<string?> RenewAsync(string rejected, CancellationToken cancellationToken) => RefreshAsync(rejected, cancellationToken);

    /// <summary>An operator's new refresh token (after re-authorising the app), replacing whatever is stored.</summary>
    public async Task SetRefreshTokenAsync(string refreshToken, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            var token = await db.ZaloTokens.SingleOrDefaultAsync(cancellationToken);
            if (token is null)
            {
                db.ZaloTokens.Add(new ZaloToken(refreshToken, time.GetUtcNow()));
            }
            else
            {
                token.Replace(refreshToken, time.GetUtcNow());
            }

            await db.SaveChangesAsync(cancellationToken);
            cachedToken = null;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>The pair the consent flow obtained, replacing whatever is stored; usable at once.</summary>
    public async Task StoreAuthorizedAsync(ZaloTokenResponse authorized, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(authorized);
        if (!authorized.IsOk)
        {
            throw new ArgumentException("Only a successful token answer can be stored.", nameof(authorized));
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            var now = time.GetUtcNow();
            var token = await db.ZaloTokens.SingleOrDefaultAsync(cancellationToken);
            if (token is null)
            {
                token = new ZaloToken(authorized.RefreshToken!, now);
                db.ZaloTokens.Add(token);
            }

            token.CompleteRefresh(authorized.AccessToken!, authorized.RefreshToken!, now + authorized.ExpiresIn, now);

            // Stored even if the caller gave up: Zalo has consumed the code, and this pair is the only one now.
            await db.SaveChangesAsync(CancellationToken.None);
            Cache(token);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<string?> RefreshAsync(string? rejected, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
                var now = time.GetUtcNow();
                var token = await db.ZaloTokens.SingleOrDefaultAsync(cancellationToken) ?? await SeedAsync(db, now, cancellationToken);
                if (token is null)
                {
                    LogNoToken(logger);
                    return null;
                }

                if (token.IsUsable(now, options.Value.RefreshAhead) && token.AccessToken != rejected)
                {
                    return Cache(token);
                }

                if (token.IsRefreshing(now, StaleClaim))
                {
                    // Another instance holds the refresh token right now; its result will be in the database shortly.
                    await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
                    continue;
                }

                var refreshToken = token.RefreshToken;
                token.BeginRefresh(now);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    continue;
                }

                return await UseRefreshTokenAsync(scope.ServiceProvider, db, token, refreshToken, cancellationToken);
            }

            return null;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<string?> UseRefreshTokenAsync(
        IServiceProvider services, ReformBotDbContext db, ZaloToken token, string refreshToken, CancellationToken cancellationToken)
    {
        ZaloTokenResponse response;
        try
        {
            response = await services.GetRequiredService<ZaloOAuthClient>().RefreshAsync(refreshToken, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // Whether Zalo consumed the refresh token is unknown; the old one is kept (it may be dead: see LastError).
            response = new ZaloTokenResponse(null, null, TimeSpan.Zero, e.GetType().Name);
        }

        var now = time.GetUtcNow();
        if (!response.IsOk)
        {
            token.FailRefresh(response.Error ?? "?", now);
            await db.SaveChangesAsync(CancellationToken.None);
            LogRefreshFailed(logger, response.Error ?? "?");

            // Refreshing ahead of time failed: the current access token still works until it expires.
            return token.AccessToken is not null && token.AccessTokenExpiresAt > now ? token.AccessToken : null;
        }

        // Stored at once, even if the caller gave up: this refresh token is the only one that works now.
        token.CompleteRefresh(response.AccessToken!, response.RefreshToken!, now + response.ExpiresIn, now);
        await db.SaveChangesAsync(CancellationToken.None);
        LogRefreshed(logger, token.AccessTokenExpiresAt);
        return Cache(token);
    }

    private async Task<ZaloToken?> SeedAsync(ReformBotDbContext db, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.InitialRefreshToken))
        {
            return null;
        }

        var token = new ZaloToken(options.Value.InitialRefreshToken, now);
        db.ZaloTokens.Add(token);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    private string? Cache(ZaloToken token)
    {
        cachedToken = token.AccessToken;
        cachedUntil = token.AccessTokenExpiresAt ?? DateTimeOffset.MinValue;
        return cachedToken;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo OA has no token: set Zalo:InitialRefreshToken or POST /api/admin/zalo/token")]
    private static partial void LogNoToken(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo OA token refresh failed: {Error}; re-authorise the app and POST the new refresh token to /api/admin/zalo/token")]
    private static partial void LogRefreshFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo OA access token refreshed, valid until {ExpiresAt}")]
    private static partial void LogRefreshed(ILogger logger, DateTimeOffset? expiresAt);
}
