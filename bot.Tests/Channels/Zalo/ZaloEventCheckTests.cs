using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Channels.Zalo;
using ReformBot.Plans;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>Signed (or secret-carrying) events that are still refused: too old or too far ahead, or unreadable.</summary>
public sealed class ZaloEventCheckTests
{
    private static string At(TimeSpan fromNow) =>
        (TimeProvider.System.GetUtcNow() + fromNow).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    private static string OaText(string timestamp, string msgId)
    {
        var node = JsonNode.Parse(ZaloEvents.Text(ZaloTestHost.VpUser, "da xong nv 2.a", msgId))!;
        node["timestamp"] = timestamp;
        return node.ToJsonString();
    }

    private static async Task<HttpResponseMessage> PostOaBytesAsync(ZaloTestHost host, byte[] body, string timestamp)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo/oa")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add(ZaloSignature.HeaderName, ZaloSignature.Header(ZaloTestHost.AppId, body, timestamp, ZaloTestHost.OaSecretKey));
        return await host.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> PostBotAsync(ZaloTestHost host, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo/bot")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add(ZaloEndpoints.BotSecretHeader, ZaloTestHost.BotSecret);
        return await host.Client.SendAsync(request);
    }

    private static async Task AssertNothingStoredAsync(ZaloTestHost host)
    {
        await using var db = host.Factory.CreateDbContext();
        Assert.Empty(await db.ZaloUsers.ToListAsync());
        Assert.Empty(await db.InboxItems.ToListAsync());
        Assert.Equal(TaskState.Open, (await host.TaskAsync("2.a")).State);
    }

    [Theory]
    [InlineData(-20)]
    [InlineData(20)]
    [InlineData(-60 * 24 * 365)]
    public async Task SignedOaEventMoreThanFifteenMinutesFromNowIsRefused(int minutes)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(OaText(At(TimeSpan.FromMinutes(minutes)), "msg-old"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task SignedOaEventWithinFifteenMinutesIsTaken()
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(OaText(At(TimeSpan.FromMinutes(-10)), "msg-recent"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Zalo.WaitForAsync(FakeZaloServer.CsPath);
        Assert.Equal(TaskState.Done, (await host.TaskAsync("2.a")).State);
    }

    [Theory]
    [InlineData("99999999999999999999")]
    [InlineData("-5")]
    [InlineData("soon")]
    public async Task SignedOaEventWithAnImpossibleTimestampIsRefused(string timestamp)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(OaText(timestamp, "msg-odd"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task SignedOaEventWithADuplicateKeyIsABadRequest()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var timestamp = At(TimeSpan.Zero);
        var json = OaText(timestamp, "msg-dup");
        var doubled = json.Replace("\"event_name\":\"user_send_text\"", "\"event_name\":\"user_send_text\",\"event_name\":\"follow\"", StringComparison.Ordinal);
        Assert.NotEqual(json, doubled);

        var response = await PostOaBytesAsync(host, Encoding.UTF8.GetBytes(doubled), timestamp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task SignedOaEventWithInvalidUtf8IsABadRequest()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var timestamp = At(TimeSpan.Zero);
        var body = Encoding.UTF8.GetBytes(OaText(timestamp, "msg-utf8").Replace("da xong", "da \u00ff xong", StringComparison.Ordinal));
        var at = Array.IndexOf(body, (byte)0xC3);
        body[at] = 0xFF;

        var response = await PostOaBytesAsync(host, body, timestamp);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertNothingStoredAsync(host);
    }

    [Fact]
    public async Task BotUpdateDatedMoreThanFifteenMinutesAgoIsRefused()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var update = new JsonObject
        {
            ["event_name"] = "message.text.received",
            ["message"] = new JsonObject
            {
                ["from"] = new JsonObject { ["id"] = "6ede9afa66b88fe6d6a9", ["display_name"] = "Hồng" },
                ["chat"] = new JsonObject { ["id"] = "6ede9afa66b88fe6d6a9", ["chat_type"] = "PRIVATE" },
                ["text"] = "giúp",
                ["message_id"] = "old-1",
                ["date"] = long.Parse(At(TimeSpan.FromMinutes(-30)), CultureInfo.InvariantCulture),
            },
        };

        var stale = await PostBotAsync(host, update.ToJsonString());
        update["message"]!["date"] = long.Parse(At(TimeSpan.Zero), CultureInfo.InvariantCulture);
        update["message"]!["message_id"] = "new-1";
        var fresh = await PostBotAsync(host, update.ToJsonString());

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (stale.StatusCode, fresh.StatusCode));
        var sent = await host.Zalo.WaitForAsync($"/bot{ZaloTestHost.BotToken}/sendMessage");
        Assert.Single(sent);
    }
}
