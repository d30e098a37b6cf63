using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography.X509Certificates;
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
/// A real HTTP(S) server (Kestrel on 127.0.0.1, a free port) inside the test, recording every request and answering
/// through a callback: stands in for the Bot Connector, the OpenID metadata endpoints and the token endpoint.
/// </summary>
public sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ArrivalSignal arrivals = new();

    private LoopbackServer(WebApplication app, Uri baseUri)
    {
        this.app = app;
        BaseUri = baseUri;
    }

    /// <summary>The root, with a trailing slash.</summary>
    public Uri BaseUri { get; }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public static async Task<LoopbackServer> StartAsync(Func<RecordedRequest, HttpResponse, Task> respond, X509Certificate2? certificate = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0, o =>
        {
            if (certificate is not null)
            {
                o.UseHttps(certificate);
            }
        }));
        var app = builder.Build();
        LoopbackServer? server = null;
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? string.Empty;
            var recorded = new RecordedRequest(context.Request.Method, context.Request.Path.Value ?? string.Empty, rawTarget, headers, body);
            server!.requests.Enqueue(recorded);
            server.arrivals.Pulse();
            await respond(recorded, context.Response);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server = new LoopbackServer(app, new Uri(address.TrimEnd('/') + "/"));
        return server;
    }

    /// <summary>Waits until <paramref name="count"/> requests match, or fails after 10 s.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForAsync(Func<RecordedRequest, bool> match, int count = 1) =>
        arrivals.WaitForAsync<IReadOnlyList<RecordedRequest>>(
            () => requests.Where(match).ToList() is var found && found.Count >= count ? found : null,
            TimeSpan.FromSeconds(10),
            () => $"Expected {count} matching requests; got: {string.Join(", ", requests.Select(r => $"{r.Method} {r.RawTarget}"))}");

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
