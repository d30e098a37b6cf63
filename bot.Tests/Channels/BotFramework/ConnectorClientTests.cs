using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.BotFramework;
using Activity = ReformBot.Channels.BotFramework.Activity;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

public sealed class ConnectorClientTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private ConnectorClient Client()
    {
        host.Service<ServiceUrlTrust>().Trust(host.Connector.ServiceUrl);
        return host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<ConnectorClient>();
    }

    private static Activity Text(string text) => new() { Type = "message", Text = text };

    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread/activities/1%3A2")]
    [InlineData("https://smba.trafficmanager.net/amer/", "https://smba.trafficmanager.net/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread/activities/1%3A2")]
    [InlineData("http://127.0.0.1:3000", "http://127.0.0.1:3000/v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread/activities/1%3A2")]
    public void UrlsKeepThePrefixAddTheSlashAndEscapeIds(string serviceUrl, string expected) =>
        Assert.Equal(expected, ConnectorClient.BuildUri(serviceUrl, ["conversations", "a:1Xy;messageid=17@thread", "activities", "1:2"]).AbsoluteUri);

    [Fact]
    public async Task EveryOperationUsesTheDocumentedRequestWithTheToken()
    {
        var client = Client();
        var url = host.Connector.ServiceUrl;
        const string conv = "19:abc@thread.tacv2";

        Assert.Equal("activity-1", (await client.SendToConversationAsync(url, conv, Text("a"), default)).Id);
        await client.ReplyToActivityAsync(url, conv, "act-1", Text("b"), default);
        await client.UpdateActivityAsync(url, conv, "act-1", Text("c"), default);
        await client.DeleteActivityAsync(url, conv, "act-1", default);
        var created = await client.CreateConversationAsync(url, new ConversationParameters(new ChannelAccount { Id = BotTestHost.BotId }, [new ChannelAccount { Id = "29:x" }], false, BotTestHost.TenantId, null), default);
        var members = await client.GetConversationMembersAsync(url, conv, default);
        var page = await client.GetConversationPagedMembersAsync(url, conv, 100, "tok en", default);
        var member = await client.GetConversationMemberAsync(url, conv, "29:one", default);

        Assert.Equal(FakeConnector.CreatedConversationId, created.Id);
        Assert.Equal(2, members.Count);
        Assert.Equal("next", page.ContinuationToken);
        Assert.Equal("29:one", member.Id);
        Assert.Equal("aad-29:one", member.AadObjectId);
        const string c = "/amer/v3/conversations/19%3Aabc%40thread.tacv2";
        Assert.Equal(
            [
                $"POST {c}/activities", $"POST {c}/activities/act-1", $"PUT {c}/activities/act-1", $"DELETE {c}/activities/act-1",
                "POST /amer/v3/conversations", $"GET {c}/members", $"GET {c}/pagedmembers?pageSize=100&continuationToken=tok%20en",
                $"GET {c}/members/29%3Aone",
            ],
            host.Connector.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.All(host.Connector.Requests, r => Assert.Equal("Bearer " + FakeTokenServer.AccessToken, r.Header("Authorization")));
    }

    [Fact]
    public async Task TokenComesFromMsalWithClientCredentialsAndIsCached()
    {
        var client = Client();
        await client.SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default);
        await client.SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("b"), default);

        var request = Assert.Single(host.Tokens.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", request.Path);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(BotTestHost.AppId, form["client_id"]);
        Assert.Equal("not-a-real-secret", form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task UntrustedServiceUrlNeverSeesTheToken()
    {
        var client = host.Factory.Services.CreateScope().ServiceProvider.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => client.SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default));

        Assert.Equal("UntrustedServiceUrl", error.Code);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(host.Tokens.TokenRequests);
    }

    [Fact]
    public async Task ThrottledCallWaitsForRetryAfter()
    {
        host.Connector.Script(ScriptedResponse.Error(429, "Throttled", retryAfterSeconds: 1));
        var watch = Stopwatch.StartNew();

        var sent = await Client().SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default);

        Assert.NotNull(sent.Id);
        Assert.Equal(2, host.Connector.Requests.Count);
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {watch.Elapsed}");
    }

    [Theory]
    [InlineData(412)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task TransientFailuresAreRetriedUpToTheLimit(int status)
    {
        host.Connector.Script(Enumerable.Repeat(new ScriptedResponse(status), 4).ToArray());

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default));

        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(4, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task RetryAfterBeyondTheMaximumDelayIsNotWaitedFor()
    {
        host.Connector.Script(ScriptedResponse.Error(429, "Throttled", retryAfterSeconds: 60));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default));

        Assert.Equal("Throttled", error.Code);
        Assert.Single(host.Connector.Requests);
    }

    [Theory]
    [InlineData(403, "BotNotInConversationRoster", true)]
    [InlineData(404, "ConversationNotFound", true)]
    [InlineData(400, "BadArgument", false)]
    [InlineData(413, "MessageSizeTooBig", false)]
    public async Task PermanentFailuresAreNotRetried(int status, string code, bool gone)
    {
        host.Connector.Script(ScriptedResponse.Error(status, code));

        var error = await Assert.ThrowsAsync<ConnectorException>(() => Client().SendToConversationAsync(host.Connector.ServiceUrl, "a:1", Text("a"), default));

        Assert.Equal(code, error.Code);
        Assert.Equal(gone, error.IsConversationGone);
        Assert.NotNull(error.CorrelationId);
        Assert.Single(host.Connector.Requests);
    }

    [Fact]
    public async Task ReplyToALostConversationMarksTheReferenceStale()
    {
        host.Connector.Script(ScriptedResponse.Error(403, "BotNotInConversationRoster"));

        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());

        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
        await Eventually.WaitAsync(async () => (await host.StoredReferencesAsync()).Single().IsStale, "the reference marked stale");

        var stored = Assert.Single(await host.StoredReferencesAsync());
        Assert.True(stored.IsStale);
        Assert.Equal(host.Clock.GetUtcNow(), stored.StaleSince!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Single(host.Connector.Requests);

        // The next message from the user shows the conversation is alive again.
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "msg-2"), host.ChannelToken());
        Assert.False((await host.StoredReferencesAsync()).Single().IsStale);
    }
}
