using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// OpenID metadata for the channel (<c>/channel/…</c>) and the Emulator (<c>/emulator/…</c>), each with its own
/// JWKS that a test can change (key rollover) while counting how often the bot fetched it.
/// </summary>
public sealed class FakeOpenIdServer : IAsyncDisposable
{
    private LoopbackServer server = null!;

    private FakeOpenIdServer()
    {
    }

    public List<SigningKey> ChannelKeys { get; } = [];
    public List<SigningKey> EmulatorKeys { get; } = [];

    public string ChannelMetadataUrl => new Uri(server.BaseUri, "channel/.well-known/openidconfiguration").AbsoluteUri;
    public string EmulatorMetadataUrl => new Uri(server.BaseUri, "emulator/.well-known/openid-configuration").AbsoluteUri;

    public int ChannelKeyFetches => server.Requests.Count(r => r.Path == "/channel/keys");

    public static async Task<FakeOpenIdServer> StartAsync()
    {
        var openId = new FakeOpenIdServer();
        openId.server = await LoopbackServer.StartAsync(openId.RespondAsync);
        return openId;
    }

    private async Task RespondAsync(RecordedRequest request, HttpResponse response)
    {
        var which = request.Path.StartsWith("/channel/", StringComparison.Ordinal) ? "channel" : "emulator";
        JsonNode body = request.Path.EndsWith("/keys", StringComparison.Ordinal)
            ? new JsonObject { ["keys"] = new JsonArray([.. (which == "channel" ? ChannelKeys : EmulatorKeys).Select(k => (JsonNode)k.ToJwk())]) }
            : new JsonObject { ["issuer"] = which, ["jwks_uri"] = new Uri(server.BaseUri, which + "/keys").AbsoluteUri };
        response.ContentType = "application/json";
        await response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
