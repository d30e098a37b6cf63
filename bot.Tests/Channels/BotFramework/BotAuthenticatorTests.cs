using System.Net;
using Microsoft.EntityFrameworkCore;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>Inbound tokens, checked through <c>/api/messages</c> against keys and metadata made in the test.</summary>
public sealed class BotAuthenticatorTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task ValidChannelTokenIsAccepted()
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
    }

    [Fact]
    public async Task TokenExpiredWithinTheClockSkewIsStillAccepted()
    {
        var token = host.ChannelToken(expiresIn: TimeSpan.FromMinutes(1));
        host.Clock.Advance(TimeSpan.FromMinutes(4));

        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task ExpiredTokenIsRejected()
    {
        var token = host.ChannelToken(expiresIn: TimeSpan.FromMinutes(1));
        host.Clock.Advance(TimeSpan.FromMinutes(7));

        await AssertRejectedAsync(token);
    }

    [Fact]
    public async Task TokenForAnotherBotIsRejected() => await AssertRejectedAsync(host.ChannelToken(audience: "another-app"));

    [Fact]
    public async Task TokenFromAnotherIssuerIsRejected() => await AssertRejectedAsync(host.ChannelToken(issuer: "https://api.botframework.com.evil"));

    [Fact]
    public async Task TokenSignedByAKeyNotEndorsedForTheChannelIsRejected()
    {
        using var skypeOnly = new SigningKey("skype-key", "skype");
        host.OpenId.ChannelKeys.Add(skypeOnly);

        await AssertRejectedAsync(host.ChannelToken(key: skypeOnly));
    }

    [Fact]
    public async Task TokenSignedByAKeyWithoutEndorsementsIsRejectedForChannels()
    {
        using var bare = new SigningKey("bare-key");
        host.OpenId.ChannelKeys.Add(bare);

        await AssertRejectedAsync(host.ChannelToken(key: bare));
    }

    [Fact]
    public async Task TokenForAnotherServiceUrlIsRejected() =>
        await AssertRejectedAsync(host.ChannelToken(serviceUrl: "https://smba.trafficmanager.net/emea/"));

    [Fact]
    public async Task TokenSignedByAnUnpublishedKeyIsRejected()
    {
        using var forged = new SigningKey("channel-key-1", "msteams");

        await AssertRejectedAsync(host.ChannelToken(key: forged));
    }

    [Fact]
    public async Task MissingOrMalformedAuthorizationIsRejected()
    {
        await AssertRejectedAsync(null);
        await AssertRejectedAsync("not-a-jwt");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorTokenForThisAppIsAccepted(string version)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "hi", channelId: "emulator");

        var response = await host.PostAsync(activity, host.EmulatorToken(version));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task EmulatorTokenForAnotherAppIsRejected(string version) =>
        await AssertRejectedAsync(host.EmulatorToken(version, appId: "another-app"));

    [Fact]
    public async Task UnknownKeyIdRefreshesTheKeysOnce()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m1"), host.ChannelToken())).StatusCode);
        Assert.Equal(1, host.OpenId.ChannelKeyFetches);

        // Keys roll over; a token signed by the new key makes the bot look again (once), then it is accepted.
        using var rolled = new SigningKey("channel-key-2", "msteams");
        host.OpenId.ChannelKeys.Add(rolled);
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m2"), host.ChannelToken(key: rolled))).StatusCode);
        Assert.Equal(2, host.OpenId.ChannelKeyFetches);

        // A stream of tokens with unknown keys does not make the bot fetch again and again.
        using var unknown = new SigningKey("channel-key-3", "msteams");
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m3"), host.ChannelToken(key: unknown))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m4"), host.ChannelToken(key: unknown))).StatusCode);
        Assert.Equal(2, host.OpenId.ChannelKeyFetches);

        // The two accepted messages are handled by the inbox workers after the 200; the refused ones were never stored.
        await Eventually.WaitAsync(() => Task.FromResult(host.Conversation.Received.Count >= 2), "the accepted messages handled");
        await using var db = host.Factory.CreateDbContext();
        Assert.Equal(2, await db.InboxItems.CountAsync());
        Assert.Equal(2, host.Conversation.Received.Count);
    }

    [Fact]
    public async Task KeysAreRefreshedDaily()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m1"), host.ChannelToken());
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m2"), host.ChannelToken());
        Assert.Equal(1, host.OpenId.ChannelKeyFetches);

        host.Clock.Advance(TimeSpan.FromHours(25));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "m3"), host.ChannelToken())).StatusCode);
        Assert.Equal(2, host.OpenId.ChannelKeyFetches);
    }

    private async Task AssertRejectedAsync(string? token)
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await InboxSettled.WaitAsync(host.Factory));
        Assert.Empty(host.Conversation.Received);
        Assert.Empty(host.Connector.Requests);
        Assert.Empty(await host.StoredReferencesAsync());
    }
}
