using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// The service with the Bot Framework channel wired to loopback fakes: connector, OpenID metadata and Entra token
/// endpoint; the echo conversation; a manual clock set to now (tokens are signed against it).
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    public const string AppId = "0b0b0b0b-1111-2222-3333-444444444444";
    public const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    public const string BotId = "28:" + AppId;
    public const string UserId = "29:1a-user_id";
    public const string ConversationId = "a:1Xy;messageid=17@thread";

    private TestDatabase database = null!;
    private Dictionary<string, string?> settings = [];
    private bool realConversation;
    private HttpClient? client;

    private BotTestHost()
    {
    }

    public FakeConnector Connector { get; private set; } = null!;
    public string ConnectionString => database.ConnectionString;

    /// <summary>The host's database, open while no host runs on it too.</summary>
    public TestDatabase Database => database;
    public FakeOpenIdServer OpenId { get; private set; } = null!;
    public FakeTokenServer Tokens { get; private set; } = null!;
    public ReformBotFactory Factory { get; private set; } = null!;
    public EchoConversationHandler Conversation { get; } = new();
    public ManualTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());
    public SigningKey ChannelKey { get; } = new("channel-key-1", "msteams", "webchat");
    public SigningKey EmulatorKey { get; } = new("emulator-key-1");

    /// <param name="authenticated">With an app id (tokens required) or without (local development).</param>
    /// <param name="realConversation">The service's own conversation handler and card renderer instead of the echo.</param>
    /// <param name="storage">The provider of the host's own database.</param>
    public static async Task<BotTestHost> StartAsync(
        bool authenticated = true, IDictionary<string, string?>? settings = null, bool realConversation = false, StorageProvider storage = StorageProvider.Sqlite)
    {
        var host = new BotTestHost
        {
            database = await TestDatabase.CreateAsync(storage),
            realConversation = realConversation,
            Connector = await FakeConnector.StartAsync(),
            OpenId = await FakeOpenIdServer.StartAsync(),
            Tokens = await FakeTokenServer.StartAsync(),
        };
        host.OpenId.ChannelKeys.Add(host.ChannelKey);
        host.OpenId.EmulatorKeys.Add(host.EmulatorKey);
        var all = new Dictionary<string, string?>
        {
            ["Bot:OpenIdMetadataUrl"] = host.OpenId.ChannelMetadataUrl,
            ["Bot:EmulatorOpenIdMetadataUrl"] = host.OpenId.EmulatorMetadataUrl,
            ["Bot:OAuthAuthorityHost"] = host.Tokens.AuthorityHost,
            ["Bot:DefaultServiceUrl"] = host.Connector.ServiceUrl,
            ["Bot:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:RetryMaxDelay"] = "00:00:03",
            ["Bot:InvokeTimeout"] = "00:00:02",
            ["Inbox:PollInterval"] = "00:00:00.200",
        };
        if (authenticated)
        {
            all["Bot:MicrosoftAppId"] = AppId;
            all["Bot:MicrosoftAppPassword"] = "not-a-real-secret";
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        host.settings = all;
        host.Start();
        return host;
    }

    /// <summary>Stops the service (as SIGTERM does: in-flight work finishes, the rest stays stored); the fakes and the database stay.</summary>
    public async Task StopAsync()
    {
        client?.Dispose();
        client = null;
        await Factory.DisposeAsync();
    }

    /// <summary>A new instance of the service on the same database and fakes, as after a restart.</summary>
    public async Task RestartAsync()
    {
        if (client is not null)
        {
            await StopAsync();
        }

        Start();
    }

    /// <summary>Stops only the inbox worker, so that what arrives from now on is stored and not handled.</summary>
    public Task StopInboxWorkerAsync() =>
        Factory.Services.GetServices<IHostedService>().OfType<ReformBot.Inbox.InboxWorker>().Single().StopAsync(CancellationToken.None);

    private void Start()
    {
        Factory = new ReformBotFactory(settings, database: database, configureServices: services =>
        {
            if (!realConversation)
            {
                services.AddSingleton<IConversationHandler>(Conversation);
                services.AddSingleton<ICardRenderer, TestCardRenderer>();
            }

            services.AddSingleton<TimeProvider>(Clock);
            services.AddHttpClient("BotFramework.Msal").ConfigurePrimaryHttpMessageHandler(Tokens.CreateTrustingHandler);
        });
        client = Factory.CreateClient();
    }

    /// <summary>A channel token as Teams sends it, valid now unless changed.</summary>
    public string ChannelToken(
        string? serviceUrl = null, string? audience = AppId, string issuer = "https://api.botframework.com", SigningKey? key = null,
        TimeSpan? expiresIn = null)
    {
        var now = Clock.GetUtcNow();
        var claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl ?? Connector.ServiceUrl };
        return (key ?? ChannelKey).CreateToken(claims, issuer, audience, now.AddMinutes(-1), now + (expiresIn ?? TimeSpan.FromHours(1)));
    }

    /// <summary>An Emulator token: Entra v1 (<c>appid</c>) or v2 (<c>azp</c>) for the given app.</summary>
    public string EmulatorToken(string version, string appId = AppId)
    {
        var now = Clock.GetUtcNow();
        var (issuer, claim) = version == "2.0"
            ? ("https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0", "azp")
            : ("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "appid");
        var claims = new Dictionary<string, object> { ["ver"] = version, [claim] = appId };
        return EmulatorKey.CreateToken(claims, issuer, AppId, now.AddMinutes(-1), now.AddHours(1));
    }

    public Task<HttpResponseMessage> PostAsync(JsonNode activity, string? token) => PostRawAsync(activity.ToJsonString(), token);

    public async Task<HttpResponseMessage> PostRawAsync(string body, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client!.SendAsync(request);
    }

    public async Task<List<StoredConversationReference>> StoredReferencesAsync()
    {
        await using var db = Factory.CreateDbContext();
        return await db.ConversationReferences.AsNoTracking().ToListAsync();
    }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<HttpResponseMessage> GetAsync(string path) => await client!.GetAsync(new Uri(path, UriKind.Relative));

    public async ValueTask DisposeAsync()
    {
        if (client is not null)
        {
            await StopAsync();
        }

        await Connector.DisposeAsync();
        await OpenId.DisposeAsync();
        await Tokens.DisposeAsync();
        ChannelKey.Dispose();
        EmulatorKey.Dispose();
        await database.DisposeAsync();
    }
}
