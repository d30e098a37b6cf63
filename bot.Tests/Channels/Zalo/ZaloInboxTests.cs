using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformBot.Channels.Zalo;
using ReformBot.Inbox;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

/// <summary>Zalo OA and Zalo Bot webhooks answer 200 only for what is stored: a host that stops before handling loses nothing.</summary>
public abstract class ZaloInboxTests(StorageProvider storage)
{
    /// <summary>A Zalo Bot update sent now: updates more than 15 minutes from now are refused.</summary>
    private static string BotUpdate =>
        """{"event_name":"message.text.received","message":{"from":{"id":"6ede9afa66b88fe6d6a9","display_name":"Hồng","is_bot":false},"chat":{"id":"6ede9afa66b88fe6d6a9","chat_type":"PRIVATE"},"text":"giúp","message_id":"2d758cb5e222177a4e99","date":"""
        + TimeProvider.System.GetUtcNow().ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}";

    private static async Task<HttpResponseMessage> PostBotAsync(ZaloTestHost host, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/zalo/bot")
        {
            Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Add(ZaloEndpoints.BotSecretHeader, ZaloTestHost.BotSecret);
        return await host.Client.SendAsync(request);
    }

    [Fact]
    public async Task OaAndBotEventsAreStoredBeforeThe200AndHandledOnceByTheNextHost()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var settings = new Dictionary<string, string?>(database.Settings);
        var oaEvent = ZaloEvents.Text(ZaloTestHost.VpUser, "da xong nv 2.a", "msg-1");
        await using (var first = await ZaloTestHost.StartAsync(settings))
        {
            await first.StopInboxWorkerAsync();

            Assert.Equal(HttpStatusCode.OK, (await first.PostOaAsync(oaEvent)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await first.PostOaAsync(oaEvent)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PostBotAsync(first, BotUpdate)).StatusCode);

            await using var db = first.Factory.CreateDbContext();
            var items = await db.InboxItems.AsNoTracking().OrderBy(i => i.Id).ToListAsync();
            Assert.Equal([("zalo-oa", "msg-1"), ("zalo-bot", "bot:2d758cb5e222177a4e99")], items.Select(i => (i.Channel, i.Key)));
            Assert.All(items, i => Assert.Equal(InboxState.Pending, i.State));
            Assert.Equal(TaskState.Open, (await first.TaskAsync("2.a")).State);
            Assert.Empty(first.Zalo.To(FakeZaloServer.CsPath));
        }

        await using var second = await ZaloTestHost.StartAsync(settings);

        await second.Zalo.WaitForAsync(FakeZaloServer.CsPath);
        await second.Zalo.WaitForAsync($"/bot{ZaloTestHost.BotToken}/sendMessage");
        Assert.Equal(TaskState.Done, (await second.TaskAsync("2.a")).State);
        await using var check = second.Factory.CreateDbContext();
        Assert.Equal([InboxState.Done, InboxState.Done], (await InboxSettled.WaitAsync(database)).Select(i => i.State));
        Assert.Single(await check.TaskStatusChanges.AsNoTracking().ToListAsync());
    }

    public sealed class OnSqlite() : ZaloInboxTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ZaloInboxTests(StorageProvider.Postgres);
}
