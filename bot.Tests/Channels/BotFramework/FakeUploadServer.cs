using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// The OneDrive upload session Teams hands out with an accepted file consent, as a loopback server: records each PUT's
/// bytes and headers, and answers 201 with a drive item (or the status set in <see cref="NextStatus"/>).
/// </summary>
public sealed class FakeUploadServer : IAsyncDisposable
{
    private readonly ConcurrentQueue<Upload> uploads = new();
    private readonly ArrivalSignal arrivals = new();
    private WebApplication app = null!;

    private FakeUploadServer()
    {
    }

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>The status the next uploads get (201 Created when not set).</summary>
    public int NextStatus { get; set; } = StatusCodes.Status201Created;

    public IReadOnlyList<Upload> Uploads => [.. uploads];

    public Uri UploadUrl(string session) => new(BaseUri, "upload/" + session);

    public static async Task<FakeUploadServer> StartAsync()
    {
        var server = new FakeUploadServer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        server.app = builder.Build();
        server.app.Run(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            server.uploads.Enqueue(new Upload(context.Request.Method, context.Request.Path.Value ?? string.Empty, headers, buffer.ToArray()));
            server.arrivals.Pulse();
            context.Response.StatusCode = server.NextStatus;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"id\":\"drive-item-1\",\"name\":\"file\"}");
        });
        await server.app.StartAsync();
        var address = server.app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUri = new Uri(address.TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Waits until <paramref name="count"/> uploads arrived, or fails after 10 s.</summary>
    public Task<IReadOnlyList<Upload>> WaitForAsync(int count = 1) =>
        arrivals.WaitForAsync<IReadOnlyList<Upload>>(
            () => uploads.Count >= count ? [.. uploads] : null, TimeSpan.FromSeconds(10), () => $"Expected {count} uploads; got {uploads.Count}.");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    /// <summary>One request to the upload address: the body exactly as sent.</summary>
    public sealed record Upload(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body)
    {
        public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
    }
}
