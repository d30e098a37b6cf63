namespace ReformBot.Channels.BotFramework;

/// <summary>Section <c>Bot</c>: the Azure Bot registration and the Connector protocol's knobs.</summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Teams' documented service hosts (public, GCC, GCC High): trusted for tokens unless configured otherwise.</summary>
    public static readonly IReadOnlyList<string> TeamsServiceUrls =
    [
        "https://smba.trafficmanager.net/",
        "https://smba.infra.gcc.teams.microsoft.com/",
        "https://smba.infra.gov.teams.microsoft.us/",
    ];

    /// <summary>The bot's Entra app id. Empty: no authentication either way (local Emulator / offline-directline only).</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>
    /// Production without <see cref="MicrosoftAppId"/> refuses to start, since anyone could then post activities as any
    /// officer; true lets it start anyway (a test rig behind another gate), with a warning at start and in <c>/healthz</c>.
    /// </summary>
    public bool AllowUnauthenticated { get; set; }

    /// <summary>The app's client secret; required with an app id.</summary>
    public string? MicrosoftAppPassword { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>The app's tenant; required for <see cref="BotAppType.SingleTenant"/>, also the tenant for new Teams chats.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EmulatorOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Where MSAL asks for tokens: <c>{host}/{tenant}</c>.</summary>
    public string OAuthAuthorityHost { get; set; } = "https://login.microsoftonline.com";

    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>serviceUrls that may receive the bot's token besides those learned from authenticated activities. Empty: <see cref="TeamsServiceUrls"/>.</summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    /// <summary>Where a Teams 1:1 chat is created when no activity has told us the user's regional serviceUrl.</summary>
    public string DefaultServiceUrl { get; set; } = "https://smba.trafficmanager.net/teams/";

    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How long an <c>adaptiveCard/action</c> waits for the conversation before answering "still working".</summary>
    public TimeSpan InvokeTimeout { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Attempts per connector call, the first included, for 412/429/502/503/504.</summary>
    public int RetryMaxAttempts { get; set; } = 4;

    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan ConnectorTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    public IEnumerable<string> EffectiveTrustedServiceUrls => TrustedServiceUrls.Count > 0 ? TrustedServiceUrls : TeamsServiceUrls;

    /// <summary>The tenant MSAL asks: the app's own for single-tenant apps, <c>botframework.com</c> for multi-tenant ones.</summary>
    public string OAuthTenant => MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId! : "botframework.com";
}
