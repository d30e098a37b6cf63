using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.Zalo;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>The whole service with Zalo (OA and Bot) enabled against a <see cref="FakeZaloServer"/>, and the Lấp Vò plan loaded.</summary>
public sealed class ZaloTestHost : IAsyncDisposable
{
    public const string AppId = "1234567890123456789";
    public const string OaSecretKey = "oa-secret-key";
    public const string BotToken = "123456:bot-secret";
    public const string BotSecret = "bot-webhook-secret";

    /// <summary>lv.vp.cv1 (assignee of task 2.a) on Zalo; ids are longer than 2^53 on purpose.</summary>
    public const string VpUser = "8412345678901234567";

    /// <summary>lv.pnv.cv1, whose plan phone is 0900000101.</summary>
    public const string PnvUser = "8499999999999999999";

    private ZaloTestHost(FakeZaloServer zalo, ReformBotFactory factory)
    {
        Zalo = zalo;
        Factory = factory;
        Client = factory.CreateClient();
    }

    public FakeZaloServer Zalo { get; }

    public ReformBotFactory Factory { get; }

    public HttpClient Client { get; }

    public static async Task<ZaloTestHost> StartAsync(IDictionary<string, string?>? extra = null)
    {
        var zalo = await FakeZaloServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Zalo:Enabled"] = "true",
            ["Zalo:AppId"] = AppId,
            ["Zalo:AppSecret"] = "app-secret",
            ["Zalo:OaSecretKey"] = OaSecretKey,
            ["Zalo:InitialRefreshToken"] = "rt-0",
            ["Zalo:OaApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
            ["Zalo:OAuthBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
            ["Zalo:ZnsApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
            ["Zalo:BotEnabled"] = "true",
            ["Zalo:BotToken"] = BotToken,
            ["Zalo:BotSecretToken"] = BotSecret,
            ["Zalo:BotApiBaseUrl"] = zalo.BaseUrl.AbsoluteUri,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var host = new ZaloTestHost(zalo, new ReformBotFactory(settings));
        if (settings.GetValueOrDefault("Admin:ApiKey") is { } apiKey)
        {
            host.Client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        await host.LoadPlanAsync();
        return host;
    }

    public async Task<HttpResponseMessage> PostOaAsync(string json, string? signature = "sign")
    {
        var body = Encoding.UTF8.GetBytes(json);
        var content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo/oa") { Content = content };
        if (signature == "sign")
        {
            var node = JsonNode.Parse(json)!;
            request.Headers.Add(ZaloSignature.HeaderName, ZaloSignature.Header((string)node["app_id"]!, body, (string)node["timestamp"]!, OaSecretKey));
        }
        else if (signature is not null)
        {
            request.Headers.Add(ZaloSignature.HeaderName, signature);
        }

        return await Client.SendAsync(request);
    }

    /// <summary>Stops only the inbox worker, so that what arrives from now on is stored and not handled.</summary>
    public Task StopInboxWorkerAsync() =>
        Factory.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ReformBot.Inbox.InboxWorker>().Single().StopAsync(CancellationToken.None);

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public async Task<PlanTask> TaskAsync(string taskRef)
    {
        await using var db = Factory.CreateDbContext();
        return await db.Tasks.AsNoTracking().SingleAsync(t => t.Ref == taskRef);
    }

    /// <summary>Records an interaction now, as an inbound event would.</summary>
    public async Task InteractedAsync(string userId, TimeSpan ago = default)
    {
        await using var db = Factory.CreateDbContext();
        var user = new ZaloUser(userId);
        user.Interacted(TimeProvider.System.GetUtcNow() - ago);
        db.ZaloUsers.Add(user);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        await Zalo.DisposeAsync();
    }

    private async Task LoadPlanAsync()
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        Officer(plan, "lv.vp.cv1")["accounts"] = new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = VpUser });
        Officer(plan, "lv.pnv.cv1")["accounts"] = new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = PnvUser });
        var content = new ByteArrayContent(PlanJson.Bytes(plan)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        var response = await Client.PostAsync("/api/admin/plans", content);
        response.EnsureSuccessStatusCode();
    }

    private static JsonObject Officer(JsonObject plan, string id) =>
        plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == id);
}
