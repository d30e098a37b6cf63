using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Admin;

namespace ReformBot.Channels.Zalo;

public static partial class ZaloEndpoints
{
    public const string BotSecretHeader = "X-Bot-Api-Secret-Token";

    /// <summary>
    /// <c>POST /api/zalo/oa</c> (OA webhook), <c>POST /api/zalo/bot</c> (Zalo Bot webhook) and
    /// <c>POST /api/admin/zalo/token</c>, each only when its platform is enabled. The webhooks check, store the event in
    /// the inbox and answer, inside Zalo's 2-second budget; the inbox workers do the work afterwards.
    /// </summary>
    public static RouteGroupBuilder MapZalo(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.ServiceProvider.GetRequiredService<IOptions<ZaloOptions>>().Value;
        var zalo = app.MapGroup("/api/zalo").ExcludeFromDescription();
        if (options.Enabled)
        {
            zalo.MapPost("/oa", ReceiveOaEventAsync);
            app.MapGroup("/api/admin/zalo").AddEndpointFilter<AdminApiKeyFilter>().MapPost("/token", SetRefreshTokenAsync);
        }

        if (options.BotEnabled)
        {
            zalo.MapPost("/bot", ReceiveBotUpdateAsync);
        }

        app.MapZaloOAuth(options);

        return zalo;
    }

    private static async Task<IResult> ReceiveOaEventAsync(
        HttpRequest request, ZaloInbox inbox, IOptions<ZaloOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var body = await RequestBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is not { } raw)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        // The signature covers the raw bytes; app_id and timestamp are read from them first.
        var json = ZaloJson.Parse(raw.Span);
        if (json is null)
        {
            LogUnreadable(loggers.CreateLogger(typeof(ZaloEndpoints)), "OA");
            return Unreadable();
        }

        var appId = ZaloJson.String(json["app_id"]);
        var timestamp = ZaloJson.String(json["timestamp"]);
        if (appId is null || timestamp is null
            || !ZaloSignature.IsValid(request.Headers[ZaloSignature.HeaderName], appId, raw.Span, timestamp, settings.OaSecretKey ?? string.Empty)
            || !string.Equals(appId, settings.AppId, StringComparison.Ordinal))
        {
            LogRejected(loggers.CreateLogger(typeof(ZaloEndpoints)), "OA", request.Headers[ZaloSignature.HeaderName].Count == 0 ? "missing" : "wrong");
            return TypedResults.Unauthorized();
        }

        if (!ZaloEventAge.IsRecentOaEvent(json, time.GetUtcNow()))
        {
            LogStale(loggers.CreateLogger(typeof(ZaloEndpoints)), "OA", timestamp);
            return TypedResults.Unauthorized();
        }

        return await inbox.AcceptAsync(ZaloInboxSource.Oa, json, time.GetUtcNow(), cancellationToken);
    }

    private static async Task<IResult> ReceiveBotUpdateAsync(
        HttpRequest request, ZaloInbox inbox, IOptions<ZaloOptions> options, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var given = request.Headers[BotSecretHeader].ToString();
        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(settings.BotSecretToken ?? string.Empty))
            || given.Length == 0)
        {
            LogRejected(loggers.CreateLogger(typeof(ZaloEndpoints)), "Bot", given.Length == 0 ? "missing" : "wrong");
            return TypedResults.Unauthorized();
        }

        var body = await RequestBody.ReadAsync(request, settings.MaxBodyBytes, cancellationToken);
        if (body is not { } raw)
        {
            return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (ZaloJson.Parse(raw.Span) is not { } json)
        {
            LogUnreadable(loggers.CreateLogger(typeof(ZaloEndpoints)), "Bot");
            return Unreadable();
        }

        if (!ZaloEventAge.IsRecentBotUpdate(json, time.GetUtcNow()))
        {
            LogStale(loggers.CreateLogger(typeof(ZaloEndpoints)), "Bot", null);
            return TypedResults.Unauthorized();
        }

        return await inbox.AcceptAsync(ZaloInboxSource.Bot, json, time.GetUtcNow(), cancellationToken);
    }

    private static async Task<IResult> SetRefreshTokenAsync(ZaloRefreshTokenRequest request, ZaloTokenProvider tokens, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.RefreshToken))
        {
            return TypedResults.Problem("Send {\"refreshToken\": \"...\"}.", statusCode: StatusCodes.Status400BadRequest, title: "Refresh token required");
        }

        await tokens.SetRefreshTokenAsync(request.RefreshToken.Trim(), cancellationToken);
        var access = await tokens.GetAsync(cancellationToken);
        return access is null
            ? TypedResults.Problem("The refresh token was stored but Zalo did not accept it; see the log.", statusCode: StatusCodes.Status502BadGateway, title: "Refresh failed")
            : TypedResults.NoContent();
    }

    private static ProblemHttpResult Unreadable() => TypedResults.Problem(
        "The body must be one JSON object in UTF-8, each key given once.", statusCode: StatusCodes.Status400BadRequest, title: "Unreadable event");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo {Platform} webhook rejected: the body is not one JSON object in UTF-8 with unique keys")]
    private static partial void LogUnreadable(ILogger logger, string platform);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo {Platform} webhook rejected: event time {Timestamp} is more than 15 minutes from now")]
    private static partial void LogStale(ILogger logger, string platform, string? timestamp);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo {Platform} webhook rejected: {Reason} signature")]
    private static partial void LogRejected(ILogger logger, string platform, string reason);
}
