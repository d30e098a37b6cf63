using System.Text.Encodings.Web;
using Microsoft.Extensions.Options;
using ReformBot.Admin;
using ReformBot.Audit;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// The pages an administrator opens once to connect the OA: <c>GET /api/zalo/oauth/start</c> (asks for the admin API
/// key, or takes it from <c>X-Api-Key</c>) sends the browser to Zalo's consent page; Zalo sends it back to
/// <c>/api/zalo/oauth/callback</c>, which exchanges the code and stores the first token pair. The domain-verification
/// page Zalo checks before it saves webhook and callback URLs is served too.
/// </summary>
internal static partial class ZaloOAuthEndpoints
{
    /// <summary>Binds the callback to the browser that started the consent (a forged callback lacks it).</summary>
    private const string StateCookie = "reformbot_zalo_oauth";

    public static void MapZaloOAuth(this IEndpointRouteBuilder app, ZaloOptions options)
    {
        if (options.Enabled)
        {
            var oauth = app.MapGroup("").ExcludeFromDescription();
            oauth.MapGet(ZaloOAuthFlow.StartPath, StartAsync);
            oauth.MapPost(ZaloOAuthFlow.StartPath, StartFromFormAsync);
            oauth.MapGet(ZaloOAuthFlow.CallbackPath, CallbackAsync);
        }

        if (options.DomainVerification is { } code)
        {
            // The HTML-file method of Zalo's domain verification: the file name and the meta tag carry the same code.
            app.MapGet($"/zalo_verifier{code}.html", () => Results.Content(
                $"""<!DOCTYPE html><html><head><meta property="zalo-platform-site-verification" content="{code}" /></head><body>ReformBot</body></html>""",
                "text/html; charset=utf-8")).ExcludeFromDescription();
        }
    }

    private static IResult StartAsync(HttpContext context, ZaloOAuthFlow flow, IOptions<AdminOptions> admin, IOptions<ZaloOptions> zalo, IHostEnvironment environment)
    {
        var key = admin.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return environment.IsDevelopment() ? Redirect(context, flow, zalo.Value) : Disabled();
        }

        return AdminApiKeyFilter.Carries(context.Request, key) ? Redirect(context, flow, zalo.Value) : KeyForm(null);
    }

    private static async Task<IResult> StartFromFormAsync(
        HttpContext context, ZaloOAuthFlow flow, IOptions<AdminOptions> admin, IOptions<ZaloOptions> zalo, IHostEnvironment environment, ILoggerFactory loggers)
    {
        var key = admin.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            return environment.IsDevelopment() ? Redirect(context, flow, zalo.Value) : Disabled();
        }

        if (!context.Request.HasFormContentType || context.Request.ContentLength is null or > 4096)
        {
            return KeyForm("Send the form on this page.", StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        if (!AdminApiKeyFilter.IsKey(form["apiKey"].ToString(), key))
        {
            LogWrongKey(loggers.CreateLogger(typeof(ZaloOAuthEndpoints)));
            return KeyForm("That is not the admin API key.", StatusCodes.Status401Unauthorized);
        }

        return Redirect(context, flow, zalo.Value);
    }

    private static async Task<IResult> CallbackAsync(
        HttpContext context, string? code, string? state, string? oa_id, string? error, string? error_description,
        ZaloOAuthFlow flow, ZaloOAuthClient client, ZaloTokenProvider tokens, AuditLog audit, ReformBotDbContext db, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(ZaloOAuthEndpoints));
        if (!flow.IsValidState(state) || context.Request.Cookies[StateCookie] != state)
        {
            LogBadState(logger);
            return Page(StatusCodes.Status400BadRequest, "Consent not recognised",
                $"This answer from Zalo does not belong to a consent started in this browser in the last {ZaloOAuthFlow.Lifetime.TotalMinutes:0} minutes. Start again at {ZaloOAuthFlow.StartPath}. Nothing was stored.");
        }

        context.Response.Cookies.Delete(StateCookie, Cookie(context));
        if (string.IsNullOrEmpty(code) || code.Length > 2000)
        {
            return Page(StatusCodes.Status400BadRequest, "Zalo did not grant access",
                $"Zalo answered without a code ({error ?? "no error given"} {error_description}). Nothing was stored; start again at {ZaloOAuthFlow.StartPath}.");
        }

        ZaloTokenResponse answer;
        try
        {
            answer = await client.ExchangeCodeAsync(code, flow.Verifier(state!), context.RequestAborted);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            answer = new ZaloTokenResponse(null, null, TimeSpan.Zero, e.GetType().Name);
        }

        if (!answer.IsOk)
        {
            LogExchangeFailed(logger, answer.Error ?? "?");
            return Page(StatusCodes.Status502BadGateway, "Zalo refused the code",
                $"Zalo did not give tokens for this code: {answer.Error}. Nothing was stored; start again at {ZaloOAuthFlow.StartPath} (a code is valid for 10 minutes, once).");
        }

        await tokens.StoreAuthorizedAsync(answer, CancellationToken.None);
        audit.Record(AuditActors.Admin, ZaloChannelNames.Oa, AuditActions.ZaloAuthorize, oa_id is { Length: <= 100 } ? oa_id : null, "first OA token pair stored");
        await db.SaveChangesAsync(CancellationToken.None);
        LogAuthorized(logger, oa_id);
        return Page(StatusCodes.Status200OK, "Zalo OA connected",
            $"The bot now holds the OA's tokens{(oa_id is null ? string.Empty : $" (OA {oa_id})")} and refreshes them itself. You can close this page.");
    }

    private static IResult Redirect(HttpContext context, ZaloOAuthFlow flow, ZaloOptions options)
    {
        var state = flow.NewState();
        var callback = options.OAuthCallbackUrl ?? new Uri($"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}{ZaloOAuthFlow.CallbackPath}");
        context.Response.Cookies.Append(StateCookie, state, Cookie(context));
        return Results.Redirect(flow.PermissionUrl(state, callback).AbsoluteUri);
    }

    private static CookieOptions Cookie(HttpContext context) => new()
    {
        HttpOnly = true,
        Secure = context.Request.IsHttps,

        // Lax: the browser sends it on Zalo's redirect back (a top-level GET), never on cross-site requests.
        SameSite = SameSiteMode.Lax,
        Path = "/api/zalo/oauth",
        MaxAge = ZaloOAuthFlow.Lifetime,
    };

    private static IResult Disabled() => Page(
        StatusCodes.Status403Forbidden, "Admin API disabled", "Set Admin:ApiKey to connect the Zalo OA from here.");

    private static IResult KeyForm(string? problem, int status = StatusCodes.Status200OK) => Results.Content(
        Html("Connect the Zalo OA",
            (problem is null ? string.Empty : $"<p><strong>{HtmlEncoder.Default.Encode(problem)}</strong></p>")
            + $"""<p>Enter the admin API key (Admin:ApiKey); you are then sent to Zalo to let the bot act for the OA.</p><form method="post" action="{ZaloOAuthFlow.StartPath}"><input type="password" name="apiKey" autocomplete="off" required> <button type="submit">Continue to Zalo</button></form>"""),
        "text/html; charset=utf-8", null, status);

    private static IResult Page(int status, string title, string text) =>
        Results.Content(Html(title, $"<p>{HtmlEncoder.Default.Encode(text)}</p>"), "text/html; charset=utf-8", null, status);

    private static string Html(string title, string body) =>
        $"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{HtmlEncoder.Default.Encode(title)}</title></head><body><h1>{HtmlEncoder.Default.Encode(title)}</h1>{body}</body></html>""";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo OAuth start refused: wrong admin API key")]
    private static partial void LogWrongKey(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo OAuth callback refused: unknown, expired or foreign state")]
    private static partial void LogBadState(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Zalo OAuth code exchange failed: {Error}")]
    private static partial void LogExchangeFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo OA {OaId} connected through the consent flow")]
    private static partial void LogAuthorized(ILogger logger, string? oaId);
}
