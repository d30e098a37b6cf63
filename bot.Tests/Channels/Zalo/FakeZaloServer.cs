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
    public const string UploadFilePath = "/v2.0/oa/upload/file";

    /// <summary>What Zalo's file upload takes (PDF, DOC, DOCX) and its size limit.</summary>
    private static readonly string[] UploadableExtensions = [".pdf", ".doc", ".docx"];
    private const int MaxUploadBytes = 5 * 1024 * 1024;

    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ArrivalSignal arrivals = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> scripted = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<UploadedFile> uploads = new();
    private int refreshes;
    private int fileTokens;

    private FakeZaloServer(WebApplication app)
    {
        this.app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>The files Zalo's upload accepted, in order, each with the token it answered.</summary>
    public IReadOnlyList<UploadedFile> Uploads => [.. uploads];

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
        var path = context.Request.Path.Value ?? "/";
        if (path == UploadFilePath)
        {
            await UploadAsync(context);
            return;
        }

        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        requests.Enqueue(new RecordedRequest(
            path,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            body));
        arrivals.Pulse();
        var answer = scripted.TryGetValue(path, out var queue) && queue.TryDequeue(out var next) ? next : Default(path);
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    /// <summary>
    /// <c>POST /v2.0/oa/upload/file</c> as Zalo serves it: a multipart form whose field <c>file</c> holds a PDF, DOC or
    /// DOCX of at most 5 MB, the OA token in the <c>access_token</c> header; answered HTTP 200 with
    /// <c>{error:0, message, data:{token}}</c>, or an error code (-216 no token, -201 bad file). The request is recorded
    /// with the file's name as its body; a scripted answer wins, as on every path.
    /// </summary>
    private async Task UploadAsync(HttpContext context)
    {
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        string answer;
        IFormFile? file = null;
        if (!context.Request.HasFormContentType || context.Request.Method != "POST")
        {
            answer = Error(-201, "The request must be a multipart form POST");
        }
        else
        {
            var form = await context.Request.ReadFormAsync();
            file = form.Files.GetFile("file");
            var token = headers.GetValueOrDefault("access_token");
            answer = string.IsNullOrEmpty(token) ? Error(-216, "Access token is invalid")
                : file is null ? Error(-201, "Parameter file is required")
                : !UploadableExtensions.Contains(Path.GetExtension(file.FileName).ToLowerInvariant()) ? Error(-201, "File type is not supported")
                : file.Length > MaxUploadBytes ? Error(-201, "File size exceeds 5MB")
                : string.Empty;
        }

        requests.Enqueue(new RecordedRequest(UploadFilePath, headers, file?.FileName ?? string.Empty));
        if (scripted.TryGetValue(UploadFilePath, out var queue) && queue.TryDequeue(out var next))
        {
            answer = next;
        }
        else if (answer.Length == 0)
        {
            using var bytes = new MemoryStream();
            await file!.CopyToAsync(bytes);
            var fileToken = $"file-token-{Interlocked.Increment(ref fileTokens)}";
            uploads.Enqueue(new UploadedFile(file.FileName, file.ContentType, bytes.ToArray(), headers["access_token"], fileToken));
            answer = new JsonObject { ["error"] = 0, ["message"] = "Success", ["data"] = new JsonObject { ["token"] = fileToken } }.ToJsonString();
        }

        arrivals.Pulse();
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(answer);
    }

    private static string Error(int code, string message) => new JsonObject { ["error"] = code, ["message"] = message }.ToJsonString();

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

/// <summary>A file Zalo's upload took: its name, type and bytes as sent, the access token it came with, the token it was answered.</summary>
public sealed record UploadedFile(string Name, string ContentType, byte[] Content, string AccessToken, string Token);

public sealed record RecordedRequest(string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
