using System.Net;
using System.Text.Json.Nodes;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task MessageIsAcknowledgedAndTheReplyIsPostedToTheActivity()
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "<at>ReformBot</at> xin chào"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single();
        Assert.Equal("/amer/v3/conversations/a%3A1Xy%3Bmessageid%3D17%40thread/activities/msg-1", sent.RawTarget);
        Assert.Equal("Bearer " + FakeTokenServer.AccessToken, sent.Header("Authorization"));
        var reply = JsonNode.Parse(sent.Body)!;
        Assert.Equal("message", (string?)reply["type"]);
        Assert.Equal("echo: xin chào", (string?)reply["text"]);
        Assert.Equal("markdown", (string?)reply["textFormat"]);
        Assert.Equal("msg-1", (string?)reply["replyToId"]);
        Assert.Equal(BotTestHost.BotId, (string?)reply["from"]?["id"]);
        Assert.Equal(BotTestHost.UserId, (string?)reply["recipient"]?["id"]);
        Assert.Equal("kept", (string?)reply["conversation"]?["x-unknown-conversation-field"]);
        Assert.Null(reply["conversation"]?["isShared"]);
        Assert.Null(reply["tenantId"]);
        Assert.Null(reply["someFutureField"]);

        var message = Assert.Single(host.Conversation.Received);
        Assert.Equal("msteams", message.Channel);
        Assert.Equal(BotTestHost.UserId, message.AccountId);
        Assert.Equal("aad-user-a", message.AadObjectId);
        Assert.Equal(BotTestHost.ConversationId, message.ConversationId);
        Assert.Empty(message.Attachments);
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), message.ReceivedAt.ToUnixTimeMilliseconds()); // stored to the millisecond
    }

    [Fact]
    public async Task NullAttachmentInAMessageIsIgnoredInsteadOfA500()
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "xin chào");
        activity["attachments"] = new JsonArray(null, new JsonObject { ["contentType"] = "image/png", ["contentUrl"] = "https://example.com/a.png", ["name"] = "a.png" });

        var response = await host.PostAsync(activity, host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
        var message = Assert.Single(host.Conversation.Received);
        Assert.Equal("a.png", Assert.Single(message.Attachments).Name);
    }

    [Fact]
    public async Task AuthenticatedActivityStoresTheConversationReference()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());

        var stored = Assert.Single(await host.StoredReferencesAsync());
        Assert.Equal("msteams", stored.ChannelId);
        Assert.Equal(BotTestHost.UserId, stored.AccountId);
        Assert.Equal("Nguyễn Văn A", stored.AccountName);
        Assert.Equal("aad-user-a", stored.AadObjectId);
        Assert.Equal(host.Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal(BotTestHost.ConversationId, stored.ConversationId);
        Assert.Equal("personal", stored.ConversationType);
        Assert.Equal(BotTestHost.TenantId, stored.TenantId);
        Assert.Equal(BotTestHost.BotId, stored.BotId);
        Assert.Equal("ReformBot", stored.BotName);
        Assert.Equal("msg-1", stored.LastActivityId);
        Assert.False(stored.IsStale);
    }

    [Fact]
    public async Task CardWithQuickRepliesBecomesAnAdaptiveCardAttachmentWithASummaryInsteadOfTextAndSuggestedActions()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "card"), host.ChannelToken());

        var reply = JsonNode.Parse((await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single().Body)!;
        Assert.Null(reply["text"]);
        Assert.Equal("here", (string?)reply["summary"]);
        var attachment = reply["attachments"]![0]!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment["contentType"]);
        Assert.Equal("task", (string?)attachment["content"]?["template"]);
        var actions = reply["suggestedActions"]!["actions"]!.AsArray();
        Assert.Equal("messageBack", (string?)actions[0]!["type"]);
        Assert.Equal("Xong", (string?)actions[0]!["title"]);
        Assert.Equal("done", (string?)actions[0]!["value"]?["verb"]);
        Assert.Equal("1.2", (string?)actions[0]!["value"]?["ref"]);
        Assert.Equal("imBack", (string?)actions[1]!["type"]);
        Assert.Equal("Trợ giúp", (string?)actions[1]!["value"]);
    }

    [Theory]
    [InlineData("""{"verb":"updateProgress","ref":"1.2","progress":"50"}""")]
    [InlineData("""{"action":{"verb":"updateProgress"},"ref":"1.2","progress":"50"}""")]
    public async Task SubmitWithoutTextBecomesACardAction(string value)
    {
        var response = await host.PostAsync(Activities.Submit(host.Connector.ServiceUrl, JsonNode.Parse(value)!.AsObject()), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync("POST", "/activities/submit-1");
        var message = Assert.Single(host.Conversation.Received);
        Assert.Null(message.Text);
        Assert.Equal("updateProgress", message.Action?.Verb);
        Assert.Equal("1.2", (string?)message.Action?.Data["ref"]);
        Assert.Equal("card-message-1", message.ReplyToId);

        // The reply's card replaces the tapped card.
        var update = (await host.Connector.WaitForAsync("PUT", "/activities/card-message-1")).Single();
        Assert.Equal("result", (string?)JsonNode.Parse(update.Body)!["attachments"]![0]!["content"]?["template"]);
    }

    [Fact]
    public async Task AdaptiveCardActionIsAnsweredWithTheUpdatedCard()
    {
        var response = await host.PostAsync(
            Activities.Execute(host.Connector.ServiceUrl, "markDone", new JsonObject { ["ref"] = "3.1" }), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int?)body["statusCode"]);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("AdaptiveCard", (string?)body["value"]?["type"]);
        Assert.Equal("result", (string?)body["value"]?["template"]);
        Assert.Equal("markDone", (string?)body["value"]?["data"]?["verb"]);
        Assert.Equal("3.1", (string?)body["value"]?["data"]?["ref"]);

        var message = Assert.Single(host.Conversation.Received);
        Assert.Equal("markDone", message.Action?.Verb);
        var sent = (await host.Connector.WaitForAsync("POST", "/activities/invoke-1")).Single();
        Assert.Equal("done markDone", (string?)JsonNode.Parse(sent.Body)!["text"]);
        Assert.DoesNotContain(host.Connector.Requests, r => r.Method == "PUT");
    }

    [Fact]
    public async Task SlowCardActionAnswersStillWorkingAndUpdatesTheCardLater()
    {
        host.Conversation.ActionDelay = TimeSpan.FromSeconds(3);

        var response = await host.PostAsync(
            Activities.Execute(host.Connector.ServiceUrl, "markDone", new JsonObject { ["ref"] = "3.1" }), host.ChannelToken());

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Equal("Đang xử lý yêu cầu của anh/chị, kết quả sẽ được gửi ngay sau đây.", (string?)body["value"]);
        var update = (await host.Connector.WaitForAsync("PUT", "/activities/card-message-1")).Single();
        Assert.Equal("result", (string?)JsonNode.Parse(update.Body)!["attachments"]![0]!["content"]?["template"]);
        await host.Connector.WaitForAsync("POST", "/activities/invoke-1");
    }

    [Fact]
    public async Task OtherInvokesAreNotImplemented()
    {
        var activity = Activities.Base("invoke", host.Connector.ServiceUrl, "inv-2", "msteams");
        activity["name"] = "composeExtension/query";

        var response = await host.PostAsync(activity, host.ChannelToken());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task BotAddedToAConversationWelcomesTheUser()
    {
        var response = await host.PostAsync(Activities.BotAdded(host.Connector.ServiceUrl), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = (await host.Connector.WaitForAsync("POST", "/activities/update-1")).Single();
        Assert.Equal("welcome " + BotTestHost.UserId, (string?)JsonNode.Parse(sent.Body)!["text"]);
        Assert.Equal("aad-user-a", Assert.Single(host.Conversation.Welcomed).AadObjectId);
    }

    [Fact]
    public async Task InstallationWelcomesTheUser()
    {
        await host.PostAsync(Activities.Installed(host.Connector.ServiceUrl), host.ChannelToken());

        var sent = (await host.Connector.WaitForAsync("POST", "/activities/install-1")).Single();
        Assert.Equal("welcome " + BotTestHost.UserId, (string?)JsonNode.Parse(sent.Body)!["text"]);
    }

    [Fact]
    public async Task RepeatedActivityIsAnsweredOnce()
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "hi");

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(activity, host.ChannelToken())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(activity, host.ChannelToken())).StatusCode);

        Assert.Single(await InboxSettled.WaitAsync(host.Factory));
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
        Assert.Single(host.Connector.Requests);
        Assert.Single(host.Conversation.Received);
    }

    [Fact]
    public async Task ConversationFailureIsToldInVietnameseOnceTheAttemptsAreSpent()
    {
        await using var once = await BotTestHost.StartAsync(settings: new Dictionary<string, string?> { ["Inbox:MaxAttempts"] = "1" });

        await once.PostAsync(Activities.Message(once.Connector.ServiceUrl, "boom"), once.ChannelToken());

        var sent = (await once.Connector.WaitForAsync("POST", "/activities/msg-1")).Single();
        Assert.StartsWith("Xin lỗi", (string?)JsonNode.Parse(sent.Body)!["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownActivityTypeIsAcknowledged()
    {
        var response = await host.PostAsync(Activities.Base("messageReaction", host.Connector.ServiceUrl, "r-1", "msteams"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MemberAddedLaterIsWelcomedByName()
    {
        var activity = Activities.BotAdded(host.Connector.ServiceUrl);
        activity["membersAdded"] = new JsonArray(new JsonObject { ["id"] = "29:new-member", ["aadObjectId"] = "aad-new" });

        await host.PostAsync(activity, host.ChannelToken());

        var sent = (await host.Connector.WaitForAsync("POST", "/activities/update-1")).Single();
        Assert.Equal("welcome 29:new-member", (string?)JsonNode.Parse(sent.Body)!["text"]);
        Assert.Equal("aad-new", Assert.Single(host.Conversation.Welcomed).AadObjectId);
    }

    [Fact]
    public async Task GroupChatDoesNotReplaceThePersonalConversation()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());
        var group = Activities.Message(host.Connector.ServiceUrl, "<at>ReformBot</at> hi", "msg-2");
        group["conversation"] = new JsonObject { ["id"] = "19:group@thread.v2", ["conversationType"] = "groupChat", ["isGroup"] = true, ["tenantId"] = BotTestHost.TenantId };

        await host.PostAsync(group, host.ChannelToken());

        await host.Connector.WaitForAsync("POST", "/activities/msg-2");
        var stored = Assert.Single(await host.StoredReferencesAsync());
        Assert.Equal(BotTestHost.ConversationId, stored.ConversationId);
        Assert.Equal("msg-1", stored.LastActivityId);
    }
}
