namespace ReformBot.Channels.Zalo;

/// <summary>
/// Section <c>Zalo</c>: the Zalo Official Account (OA Open API v3) and, separately, the Zalo Bot platform. Both are off
/// by default so that <c>dotnet run</c> needs nothing. Tokens of the OA live in the database (<see cref="ZaloToken"/>),
/// never here, except the first refresh token.
/// </summary>
public sealed class ZaloOptions
{
    public const string Section = "Zalo";

    /// <summary>The Zalo OA channel: webhook <c>/api/zalo/oa</c>, replies and proactive sends.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Zalo App's id (developers.zalo.me → app → "ID ứng dụng"); the webhook's <c>app_id</c> must match it.</summary>
    public string? AppId { get; set; }

    /// <summary>The Zalo App's secret: sent as <c>secret_key</c> when refreshing the OA access token.</summary>
    public string? AppSecret { get; set; }

    /// <summary>
    /// The OA Secret Key that signs webhooks (<c>X-ZEvent-Signature</c>). The fact sheet rates "OA secret key, not app
    /// secret" as likely but unconfirmed (C); verify on one real event.
    /// </summary>
    public string? OaSecretKey { get; set; }

    /// <summary>Used once, when the database holds no token yet; later refresh tokens are stored in the database.</summary>
    public string? InitialRefreshToken { get; set; }

    public Uri OaApiBaseUrl { get; set; } = new("https://openapi.zalo.me/");

    public Uri OAuthBaseUrl { get; set; } = new("https://oauth.zaloapp.com/");

    /// <summary>ZNS / ZBS template messages by phone number (<c>/message/template</c>).</summary>
    public Uri ZnsApiBaseUrl { get; set; } = new("https://business.openapi.zalo.me/");

    /// <summary>A consultation message only reaches someone whose last interaction is this recent (Zalo: 7 days).</summary>
    public TimeSpan InteractionWindow { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The access token is refreshed this long before it expires (it lasts 25 h).</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An approved template used outside the interaction window; without it such officers are unreachable on Zalo.</summary>
    public string? TemplateId { get; set; }

    /// <summary>
    /// Template parameter name → value: <c>text</c> (the message), <c>title</c> (its first line), <c>name</c> (the
    /// officer), <c>date</c> (today, dd/MM/yyyy) or <c>card.&lt;field&gt;</c> (a text field of the card's data).
    /// </summary>
    public Dictionary<string, string> TemplateFields { get; set; } = [];

    /// <summary>
    /// Who a template goes to: <see cref="ZaloTemplateRecipient.Phone"/> (ZNS by the officer's phone, well documented) or
    /// <see cref="ZaloTemplateRecipient.UserId"/> (<c>/v3.0/oa/message/template</c> by Zalo user id, one source only).
    /// </summary>
    public ZaloTemplateRecipient TemplateRecipient { get; set; } = ZaloTemplateRecipient.Phone;

    /// <summary>Largest webhook body accepted, in bytes (larger: 413).</summary>
    public int MaxBodyBytes { get; set; } = 64 * 1024;

    /// <summary>Optional picture of the "share your phone number" card sent to someone who is not linked yet.</summary>
    public Uri? RequestInfoImageUrl { get; set; }

    /// <summary>The Zalo Bot platform channel: webhook <c>/api/zalo/bot</c>.</summary>
    public bool BotEnabled { get; set; }

    /// <summary>The bot token <c>&lt;id&gt;:&lt;secret&gt;</c> from Zalo Bot Creator.</summary>
    public string? BotToken { get; set; }

    /// <summary>The <c>secret_token</c> given to <c>setWebhook</c>; every webhook carries it in <c>X-Bot-Api-Secret-Token</c>.</summary>
    public string? BotSecretToken { get; set; }

    public Uri BotApiBaseUrl { get; set; } = new("https://bot-api.zaloplatforms.com/");

    /// <summary>
    /// Where Zalo sends the administrator back after the OA consent page (<c>/api/zalo/oauth/callback</c> on the public
    /// host). It must equal the app's "Callback URL" at developers.zalo.me; by default it is built from the request's
    /// scheme and host (behind a reverse proxy, forward them or set this).
    /// </summary>
    public Uri? OAuthCallbackUrl { get; set; }

    /// <summary>
    /// The code of Zalo's domain verification (developers.zalo.me → app → "Xác thực tên miền", HTML file method): the
    /// bot then serves <c>/zalo_verifier&lt;code&gt;.html</c> with the matching meta tag. Zalo saves webhooks and
    /// callback URLs only on a verified domain.
    /// </summary>
    public string? DomainVerification { get; set; }
}
