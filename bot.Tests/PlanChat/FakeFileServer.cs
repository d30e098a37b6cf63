using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using ReformBot.Tests.Channels.BotFramework;

namespace ReformBot.Tests.PlanChat;

/// <summary>
/// Stands in for the pre-authenticated download URLs of Teams (SharePoint) and Zalo's file links: a real HTTP server on
/// 127.0.0.1 answering each path with the bytes put there, without a Content-Length (chunked), so the bot's limit is
/// enforced while it streams.
/// </summary>
public sealed class FakeFileServer : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, byte[]> files = new(StringComparer.Ordinal);
    private LoopbackServer server = null!;

    public IReadOnlyList<RecordedRequest> Requests => server.Requests;

    public static async Task<FakeFileServer> StartAsync()
    {
        var fake = new FakeFileServer();
        fake.server = await LoopbackServer.StartAsync(fake.RespondAsync);
        return fake;
    }

    /// <summary>Serves <paramref name="bytes"/> under a new path and gives its absolute URL.</summary>
    public string Put(string name, byte[] bytes)
    {
        var path = $"/download/{Guid.NewGuid():N}/{Uri.EscapeDataString(name)}";
        files[path] = bytes;
        return new Uri(server.BaseUri, path.TrimStart('/')).AbsoluteUri;
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();

    private async Task RespondAsync(RecordedRequest request, HttpResponse response)
    {
        if (request.Method != "GET" || !files.TryGetValue(request.RawTarget, out var bytes))
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        response.ContentType = "application/octet-stream";
        for (var offset = 0; offset < bytes.Length; offset += 65536)
        {
            await response.Body.WriteAsync(bytes.AsMemory(offset, Math.Min(65536, bytes.Length - offset)));
        }
    }
}
