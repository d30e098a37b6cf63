using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Cards;
using ReformBot.Channels.Zalo;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.Zalo;

public sealed class ZaloOaWebhookTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("mac=0000000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("")]
    public async Task UnsignedOrWronglySignedEventIsRejectedAndNothingIsStored(string? signature)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(ZaloEvents.Text(ZaloTestHost.VpUser, "da xong nv 2.a", "msg-bad"), signature);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await InboxSettled.WaitAsync(host.Factory);
        await using var db = host.Factory.CreateDbContext();
        Assert.Empty(await db.ZaloUsers.ToListAsync());
        Assert.Empty(await db.InboxItems.ToListAsync());
        Assert.Empty(host.Zalo.Requests);
        Assert.Equal(TaskState.Open, (await host.TaskAsync("2.a")).State);
    }

    [Fact]
    public async Task SignatureOfAnotherBodyIsRejected()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var signed = ZaloEvents.Text(ZaloTestHost.VpUser, "da xong nv 2.a", "msg-1");
        var node = JsonNode.Parse(signed)!;
        var header = ZaloSignature.Header(ZaloTestHost.AppId, System.Text.Encoding.UTF8.GetBytes(signed), (string)node["timestamp"]!, ZaloTestHost.OaSecretKey);

        var response = await host.PostOaAsync(signed.Replace("2.a", "2.b", StringComparison.Ordinal), header);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LinkedOfficerClosesATaskAndTheConfirmationGoesToTheConsultationEndpoint()
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(ZaloEvents.Text(ZaloTestHost.VpUser, "da xong nv 2.a", "msg-1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await host.Zalo.WaitForAsync(FakeZaloServer.CsPath));
        Assert.Equal(TaskState.Done, (await host.TaskAsync("2.a")).State);

        // The token came from the initial refresh token, refreshed with the App Secret.
        var refresh = Assert.Single(host.Zalo.To(FakeZaloServer.OAuthPath));
        Assert.Equal("app-secret", refresh.Header("secret_key"));
        Assert.Contains("refresh_token=rt-0", refresh.Body, StringComparison.Ordinal);
        Assert.Equal("at-1", sent.Header("access_token"));
        Assert.Equal(ZaloTestHost.VpUser, (string?)sent.Json["recipient"]!["user_id"]);
        var text = (string)sent.Json["message"]!["text"]!;
        Assert.Contains("2.a", text, StringComparison.Ordinal);
        Assert.Contains(CardTexts.Status(TaskState.Done), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReplayedMessageIsHandledOnce()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var first = ZaloEvents.Text(ZaloTestHost.VpUser, "đang làm, được 50% nv 2.a", "msg-same");

        Assert.Equal(HttpStatusCode.OK, (await host.PostOaAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostOaAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.PostOaAsync(ZaloEvents.Text(ZaloTestHost.VpUser, "giúp", "msg-next"))).StatusCode);

        // The worker is sequential: once the third message is answered, the replay has been dealt with.
        Assert.Equal(2, (await InboxSettled.WaitAsync(host.Factory)).Count);
        await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, 2);
        Assert.Equal(2, host.Zalo.To(FakeZaloServer.CsPath).Count);
    }

    [Fact]
    public async Task ButtonPayloadActsLikeTheCardButton()
    {
        await using var host = await ZaloTestHost.StartAsync();
        var payload = ZaloButtonPayload.Encode(CardVerbs.TaskDone, new JsonObject { ["planCode"] = "104/KH-UBND", ["taskRef"] = "2.a" });

        await host.PostOaAsync(ZaloEvents.Text(ZaloTestHost.VpUser, payload, "msg-button"));

        await host.Zalo.WaitForAsync(FakeZaloServer.CsPath);
        Assert.Equal(TaskState.Done, (await host.TaskAsync("2.a")).State);
    }

    [Theory]
    [InlineData("oa_send_text")]
    [InlineData("user_seen_message")]
    [InlineData("something_new_from_zalo")]
    public async Task UnknownOrOaSideEventsAreAcceptedAndIgnored(string eventName)
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(ZaloEvents.Other(eventName));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await InboxSettled.WaitAsync(host.Factory);
        Assert.Empty(host.Zalo.Requests);
        await using var db = host.Factory.CreateDbContext();
        Assert.Empty(await db.ZaloUsers.ToListAsync());
    }

    [Fact]
    public async Task TooLargeBodyIsRefused()
    {
        await using var host = await ZaloTestHost.StartAsync();

        var response = await host.PostOaAsync(ZaloEvents.Text(ZaloTestHost.VpUser, new string('a', 70 * 1024), "msg-big"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task FollowIsWelcomedAndTracked()
    {
        await using var host = await ZaloTestHost.StartAsync();

        await host.PostOaAsync(ZaloEvents.Follow("8400000000000000001"));

        // Not linked: the welcome text, then the "share your phone number" card.
        var sent = await host.Zalo.WaitForAsync(FakeZaloServer.CsPath, 2);
        Assert.Contains("chưa được liên kết", (string)sent[0].Json["message"]!["text"]!, StringComparison.Ordinal);
        Assert.Equal("request_user_info", (string?)sent[1].Json["message"]!["attachment"]!["payload"]!["template_type"]);
        await using var db = host.Factory.CreateDbContext();
        var user = await db.ZaloUsers.SingleAsync();
        Assert.True(user.IsFollowing);
        Assert.NotNull(user.LastInteractionAt);

        await host.PostOaAsync(ZaloEvents.Follow("8400000000000000001", "unfollow"));

        await InboxSettled.WaitAsync(host.Factory);
        await using var check = host.Factory.CreateDbContext();
        Assert.False((await check.ZaloUsers.AsNoTracking().SingleAsync()).IsFollowing);
    }

    [Theory]
    [InlineData("84900000101")]
    [InlineData("+84 900 000 101")]
    [InlineData("0900000101")]
    public async Task SharedPhoneNumberLinksTheOfficerWithThatNumber(string phone)
    {
        await using var host = await ZaloTestHost.StartAsync();
        const string user = "8400000000000000002";

        await host.PostOaAsync(ZaloEvents.SubmitInfo(user, phone));

        var sent = await host.Zalo.WaitForAsync(FakeZaloServer.CsPath);
        await using var db = host.Factory.CreateDbContext();
        var account = await db.ChatAccounts.SingleAsync(a => a.AccountId == user);
        Assert.Equal(("zalo", "lv.pnv.cv1", "phone"), (account.Channel, account.OfficerId, account.Source));
        Assert.DoesNotContain("chưa được liên kết", (string)sent[0].Json["message"]!["text"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownPhoneNumberLinksNobody()
    {
        await using var host = await ZaloTestHost.StartAsync();

        await host.PostOaAsync(ZaloEvents.SubmitInfo("8400000000000000003", "84911111111"));

        await host.Zalo.WaitForAsync(FakeZaloServer.CsPath);
        await using var db = host.Factory.CreateDbContext();
        Assert.False(await db.ChatAccounts.AnyAsync(a => a.AccountId == "8400000000000000003"));
    }
}
