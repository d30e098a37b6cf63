using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ReformBot.Channels.Zalo;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

public sealed class ZaloBotWebhookTests
{
    private const string Wrapped = """
        {"ok":true,"result":{"event_name":"message.text.received","message":{"from":{"id":"6ede9afa66b88fe6d6a9","display_name":"Hồng","is_bot":false},"chat":{"id":"6ede9afa66b88fe6d6a9","chat_type":"PRIVATE"},"text":"giúp","message_id":"2d758cb5e222177a4e35","date":1750316131602}}}
        """;

    private const string Bare = """
        {"event_name":"message.text.received","message":{"from":{"id":"6ede9afa66b88fe6d6a9","display_name":"Hồng","is_bot":false},"chat":{"id":"6ede9afa66b88fe6d6a9","chat_type":"PRIVATE"},"text":"giúp","message_id":"2d758cb5e222177a4e36","date":1750316131602}}
        """;

    private static async Task<HttpResponseMessage> PostAsync(ZaloTestHost host, string body, string? secret)
    {
        // The samples' date, moved to now: the webhook refuses updates more than 15 minutes away from the service's clock.
        body = body.Replace("1750316131602", TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo/bot")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        if (secret is not null)
        {
            request.Headers.Add(ZaloEndpoints.BotSecretHeader, secret);
        }

        return await host.Client.SendAsync(request);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bot-webhook-secreT")]
    public async Task UpdateWithoutTheSecretIsRejected(string? secret)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await PostAsync(host, Wrapped, secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await InboxSettled.WaitAsync(host.Factory));
        Assert.Empty(host.Zalo.Requests);
    }

    [Theory]
    [InlineData(Wrapped)]
    [InlineData(Bare)]
    public async Task BothUpdateShapesAreAnsweredWithSendMessage(string body)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await PostAsync(host, body, ZaloTestHost.BotSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await host.Zalo.WaitForAsync($"/bot{ZaloTestHost.BotToken}/sendMessage"))[0];
        Assert.Equal("6ede9afa66b88fe6d6a9", (string?)sent.Json["chat_id"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)sent.Json["text"]));
    }

    [Fact]
    public async Task OtherBotEventsAreIgnored()
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await PostAsync(host, Bare.Replace("message.text.received", "message.sticker.received", StringComparison.Ordinal), ZaloTestHost.BotSecret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxSettled.WaitAsync(host.Factory);
        Assert.Empty(host.Zalo.Requests);
    }
}
