using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>
/// Zalo's OA, OAuth, ZNS and Bot APIs on one real Kestrel port: records every request and answers with scripted
/// responses per path (then a success by default).
/// </summary>
public sealed class FakeZaloServer : IAsyncDisposable
{
    public const string CsPath = "/v3.0/oa/message/cs";
    public const string OAuthPath = "/v4/oa/access_token";
    public const string ZnsTemplatePath = "/message/template";
    public const string OaTemplatePath = "/v3.0/oa/message/template";

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ArrivalSignal arrivals = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> scripted = new(StringComparer.Ordinal);
    private int refreshes;

    private FakeZaloServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<FakeZaloServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeZaloServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next request to <paramref name="path"/> gets <paramref name="json"/> (in the order scripted).</summary>
    public void Script(string path, string json) => scripted.GetOrAdd(path, _ => new ConcurrentQueue<string>()).Enqueue(json);

    public IReadOnlyList<RecordedRequest> To(string path) => [.. requests.Where(r => r.Path == path)];

    public Task<IReadOnlyList<RecordedRequest>> WaitForAsync(string path, int count = 1) =>
        arrivals.WaitForAsync(
            () => To(path) is var found && found.Count >= count ? found : null,
            TimeSpan.FromSeconds(10),
            () => $"Expected {count} request(s) to {path}; got: {string.Join(", ", requests.Select(r => r.Path))}");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value ?? "/";
        requests.Enqueue(new RecordedRequest(
            path,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        arrivals.Pulse();
        var answer = scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : Default(path);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    private string Default(string path)
    {
        if (path == OAuthPath)
        {
            var n = Interlocked.Increment(ref refreshes);
            return new JsonObject { ["access_token"] = $"at-{n}", ["refresh_token"] = $"rt-{n}", ["expires_in"] = "90000" }.ToJsonString();
        }

        if (path.EndsWith("/sendMessage", StringComparison.Ordinal))
        {
            return """{"ok":true,"result":{"message_id":"b-1","date":1750316131602}}""";
        }

        return """{"error":0,"message":"Success","data":{"message_id":"m-1","msg_id":"t-1"}}""";
    }
}

public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
