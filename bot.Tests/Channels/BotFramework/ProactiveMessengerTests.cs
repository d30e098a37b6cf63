using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.BotFramework;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Tests.Channels.BotFramework;

public sealed class ProactiveMessengerTests : IAsyncLifetime
{
    private static readonly OutgoingMessage Reminder =
        OutgoingMessage.WithCard("Nhắc việc: nhiệm vụ 1.2 đến hạn", new CardContent("reminder", new JsonObject { ["ref"] = "1.2" }));

    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task OfficerIsReachedThroughTheStoredConversation()
    {
        await UserWritesAsync();
        await LinkAsync(new ChatAccount("msteams", BotTestHost.UserId, "officer-a", "aad-user-a", "plan:X", host.Clock.GetUtcNow()));

        var result = await SendAsync("officer-a");

        Assert.Equal(ProactiveSendStatus.Sent, result.Status);
        Assert.Equal(BotTestHost.ConversationId, result.ConversationId);
        var sent = host.Connector.Requests[^1];
        Assert.Equal("POST", sent.Method);
        Assert.Equal("/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread/activities", sent.RawTarget);
        Assert.Equal("Bearer " + FakeTokenServer.AccessToken, sent.Header("Authorization"));
        var body = JsonNode.Parse(sent.Body)!;
        Assert.Null(body["text"]);
        Assert.Equal("Nhắc việc: nhiệm vụ 1.2 đến hạn", (string?)body["summary"]);
        Assert.Equal("reminder", (string?)body["attachments"]![0]!["content"]?["template"]);
        Assert.Equal(BotTestHost.BotId, (string?)body["from"]?["id"]);
        Assert.Equal(BotTestHost.UserId, (string?)body["recipient"]?["id"]);
        Assert.Null(body["replyToId"]);
    }

    [Fact]
    public async Task OfficerWithoutAccountsHasNoReference() =>
        Assert.Equal(ProactiveSendStatus.NoReference, (await SendAsync("nobody")).Status);

    [Fact]
    public async Task ZaloOnlyOfficerHasNoBotFrameworkReference()
    {
        await LinkAsync(new ChatAccount("zalo", "zalo-user", "officer-z", null, "code", host.Clock.GetUtcNow()));

        Assert.Equal(ProactiveSendStatus.NoReference, (await SendAsync("officer-z")).Status);
    }

    [Fact]
    public async Task TeamsChatIsCreatedFromTheEntraIdAndAKnownTenant()
    {
        await UserWritesAsync();
        await LinkAsync(new ChatAccount("msteams", "chi.b@sonoivu.gov.vn", "officer-b", "aad-officer-b", "plan:X", host.Clock.GetUtcNow()));

        var result = await SendAsync("officer-b");

        Assert.Equal(ProactiveSendStatus.Sent, result.Status);
        Assert.Equal(FakeConnector.CreatedConversationId, result.ConversationId);
        var create = host.Connector.Requests.Single(r => r.RawTarget == "/amer/v3/conversations");
        var parameters = JsonNode.Parse(create.Body)!;
        Assert.Equal(BotTestHost.BotId, (string?)parameters["bot"]?["id"]);
        Assert.Equal("aad-officer-b", (string?)Assert.Single(parameters["members"]!.AsArray())!["id"]);
        Assert.Equal(BotTestHost.TenantId, (string?)parameters["channelData"]?["tenant"]?["id"]);
        Assert.Equal(BotTestHost.TenantId, (string?)parameters["tenantId"]);
        Assert.False((bool?)parameters["isGroup"]);
        Assert.Equal("/amer/v3/conversations/a%3Acreated-1on1/activities", host.Connector.Requests[^1].RawTarget);

        var stored = (await host.StoredReferencesAsync()).Single(r => r.AccountId == "aad-officer-b");
        Assert.Equal(FakeConnector.CreatedConversationId, stored.ConversationId);
        Assert.Equal(BotTestHost.TenantId, stored.TenantId);
    }

    [Fact]
    public async Task LostConversationIsMarkedStaleAndCreatedAgain()
    {
        await UserWritesAsync();
        await LinkAsync(new ChatAccount("msteams", BotTestHost.UserId, "officer-a", "aad-user-a", "plan:X", host.Clock.GetUtcNow()));
        host.Connector.Script(ScriptedResponse.Error(404, "ConversationNotFound"));

        var result = await SendAsync("officer-a");

        Assert.Equal(ProactiveSendStatus.Sent, result.Status);
        Assert.Equal(FakeConnector.CreatedConversationId, result.ConversationId);
        var create = host.Connector.Requests.Single(r => r.RawTarget == "/amer/v3/conversations");
        Assert.Equal(BotTestHost.UserId, (string?)JsonNode.Parse(create.Body)!["members"]![0]!["id"]);
        var stored = Assert.Single(await host.StoredReferencesAsync());
        Assert.Equal(FakeConnector.CreatedConversationId, stored.ConversationId);
        Assert.False(stored.IsStale);
    }

    [Fact]
    public async Task BotRemovedByTheUserGivesStale()
    {
        await UserWritesAsync();
        await LinkAsync(new ChatAccount("msteams", BotTestHost.UserId, "officer-a", "aad-user-a", "plan:X", host.Clock.GetUtcNow()));
        host.Connector.Script(ScriptedResponse.Error(403, "BotNotInConversationRoster"), ScriptedResponse.Error(403, "BotNotInConversationRoster"));

        var result = await SendAsync("officer-a");

        Assert.Equal(ProactiveSendStatus.Stale, result.Status);
        Assert.Contains("BotNotInConversationRoster", result.Error, StringComparison.Ordinal);
        Assert.True(Assert.Single(await host.StoredReferencesAsync()).IsStale);
        Assert.Equal(3, host.Connector.Requests.Count);
    }

    [Fact]
    public async Task ConnectorFailureIsReportedAsFailed()
    {
        var emulator = Activities.Message(host.Connector.ServiceUrl, "hi", channelId: "emulator");
        await host.PostAsync(emulator, host.EmulatorToken("2.0"));
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
        await LinkAsync(new ChatAccount("emulator", BotTestHost.UserId, "officer-e", null, "code", host.Clock.GetUtcNow()));
        host.Connector.Script(ScriptedResponse.Error(400, "BadArgument"));

        var result = await SendAsync("officer-e");

        Assert.Equal(ProactiveSendStatus.Failed, result.Status);
        Assert.Contains("BadArgument", result.Error, StringComparison.Ordinal);
    }

    private async Task UserWritesAsync()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
    }

    private async Task LinkAsync(ChatAccount account)
    {
        await using var db = host.Factory.CreateDbContext();
        db.ChatAccounts.Add(account);
        await db.SaveChangesAsync();
    }

    private async Task<ProactiveSendResult> SendAsync(string officerId)
    {
        await using var scope = host.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProactiveMessenger>().SendAsync(officerId, Reminder, CancellationToken.None);
    }
}
