using System.Net;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>Without an app id (Emulator with blank credentials, offline-directline): no tokens either way.</summary>
public sealed class AnonymousDevelopmentTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(authenticated: false);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task RequestWithoutAuthorizationIsAcceptedAndRepliedToWithoutAToken()
    {
        // offline-directline: no recipient, serviceUrl without a trailing slash.
        var activity = Activities.Message(host.Connector.Origin.TrimEnd('/'), "hi", channelId: "emulator");
        activity.Remove("recipient");

        var response = await host.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single();
        Assert.StartsWith("/v3/conversations/", sent.RawTarget, StringComparison.Ordinal);
        Assert.Null(sent.Header("Authorization"));
        Assert.Empty(host.Tokens.TokenRequests);
    }

    [Fact]
    public async Task RequestWithAuthorizationIsRejected()
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await InboxSettled.WaitAsync(host.Factory));
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(await host.StoredReferencesAsync());
    }

    [Fact]
    public async Task EmptyConversationUpdateFromOfflineDirectLineIsAcknowledged()
    {
        var activity = Activities.Base("conversationUpdate", host.Connector.Origin.TrimEnd('/'), "cu-1", "emulator");
        activity.Remove("recipient");
        activity["membersAdded"] = new System.Text.Json.Nodes.JsonArray();

        var response = await host.PostAsync(activity, token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxSettled.WaitAsync(host.Factory);
        Assert.Empty(host.Conversation.Welcomed);
    }

    [Fact]
    public async Task RepliesGoOnlyToThisMachineWithoutAnAppId()
    {
        using var scope = host.Factory.Services.CreateScope();
        var client = scope.ServiceProvider.GetRequiredService<ConnectorClient>();

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            client.SendToConversationAsync("https://smba.trafficmanager.net/amer/", "a:1", new Activity { Type = "message", Text = "x" }, default));

        Assert.Equal("UntrustedServiceUrl", error.Code);
    }
}
