using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Channels.Zalo;
using ReformBot.Delivery;

namespace ReformBot.Tests.Channels.Zalo;

public sealed class ZaloOfficerChannelTests
{
    private static readonly OutgoingMessage Reminder = OutgoingMessage.PlainText("Nhắc việc: nhiệm vụ 2.a, hạn 30/11/2024. Anh/chị vui lòng trả lời tin này.");

    private static Task<DeliveryResult> SendAsync(ZaloTestHost host, string officerId) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ZaloOfficerChannel>().SendAsync(officerId, Reminder, CancellationToken.None));

    [Fact]
    public async Task RejectedTokenIsRefreshedOnceAndTheMessageRetried()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser);
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-216,"message":"Access token is invalid"}""");

        var result = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var sends = host.Zalo.To(FakeZaloServer.CsPath);
        Assert.Equal(["at-1", "at-2"], sends.Select(s => s.Header("access_token")));
        var refreshes = host.Zalo.To(FakeZaloServer.OAuthPath);
        Assert.Equal(2, refreshes.Count);
        Assert.Contains("refresh_token=rt-1", refreshes[1].Body, StringComparison.Ordinal);
        await using var db = host.Factory.CreateDbContext();
        var token = await db.ZaloTokens.SingleAsync();
        Assert.Equal(("at-2", "rt-2", (DateTimeOffset?)null), (token.AccessToken, token.RefreshToken, token.RefreshStartedAt));
    }

    [Fact]
    public async Task TokenStillRejectedAfterOneRefreshIsNotRefreshedAgain()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser);
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-216,"message":"Access token is invalid"}""");
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-220,"message":"Access token has expired"}""");

        var result = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal(DeliveryStatus.Failed, result.Status);
        Assert.Equal(2, host.Zalo.To(FakeZaloServer.CsPath).Count);
        Assert.Equal(2, host.Zalo.To(FakeZaloServer.OAuthPath).Count);
    }

    [Fact]
    public async Task OutsideTheWindowZaloSaysUnreachable()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser);
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-230,"message":"User has not interacted with the OA in the past 7 days"}""");

        var result = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal(DeliveryStatus.Unreachable, result.Status);
        Assert.Contains("-230", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SilentOfficerIsNotSentAConsultationMessage()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser, ago: TimeSpan.FromDays(8));

        var result = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal(DeliveryStatus.Unreachable, result.Status);
        Assert.Empty(host.Zalo.To(FakeZaloServer.CsPath));
    }

    [Fact]
    public async Task OfficerWithoutZaloAccountIsUnreachable()
    {
        await using var host = await ZaloTestHost.StartAsync();

        var result = await SendAsync(host, "lv.pnv.tp");

        Assert.Equal(DeliveryStatus.Unreachable, result.Status);
        Assert.Empty(host.Zalo.Requests);
    }

    [Fact]
    public async Task OutsideTheWindowATemplateGoesToTheOfficersPhone()
    {
        await using var host = await ZaloTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Zalo:TemplateId"] = "355330",
            ["Zalo:TemplateFields:customer_name"] = "name",
            ["Zalo:TemplateFields:content"] = "title",
        });
        await host.InteractedAsync(ZaloTestHost.PnvUser);
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-230,"message":"outside window"}""");

        var result = await SendAsync(host, "lv.pnv.cv1");

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        var template = Assert.Single(host.Zalo.To(FakeZaloServer.ZnsTemplatePath));
        Assert.Equal("84900000101", (string?)template.Json["phone"]);
        Assert.Equal("355330", (string?)template.Json["template_id"]);
        Assert.Equal("Chuyên viên Nội vụ 1", (string?)template.Json["template_data"]!["customer_name"]);
        Assert.StartsWith("Nhắc việc", (string?)template.Json["template_data"]!["content"], StringComparison.Ordinal);
        Assert.NotNull(template.Header("access_token"));
    }

    [Fact]
    public async Task TemplateByUserIdUsesTheOaTemplateEndpointWithoutTryingConsultation()
    {
        await using var host = await ZaloTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Zalo:TemplateId"] = "355330",
            ["Zalo:TemplateRecipient"] = "UserId",
            ["Zalo:TemplateFields:content"] = "text",
        });

        var result = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal(DeliveryStatus.Sent, result.Status);
        Assert.Empty(host.Zalo.To(FakeZaloServer.CsPath));
        Assert.Equal(ZaloTestHost.VpUser, (string?)Assert.Single(host.Zalo.To(FakeZaloServer.OaTemplatePath)).Json["user_id"]);
    }

    [Fact]
    public async Task RateLimitAsksToRetryLaterAndBacksOff()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser);
        host.Zalo.Script(FakeZaloServer.CsPath, """{"error":-32,"message":"rate limit"}""");

        var first = await SendAsync(host, "lv.vp.cv1");
        var second = await SendAsync(host, "lv.vp.cv1");

        Assert.Equal((DeliveryStatus.RetryLater, TimeSpan.FromSeconds(30)), (first.Status, first.RetryAfter));
        Assert.Equal(DeliveryStatus.RetryLater, second.Status);
        Assert.Single(host.Zalo.To(FakeZaloServer.CsPath));
    }

    [Fact]
    public async Task OfficerMessengerUsesZaloWhenEnabled()
    {
        await using var host = await ZaloTestHost.StartAsync();
        await host.InteractedAsync(ZaloTestHost.VpUser);

        var result = await host.InScopeAsync(sp => sp.GetRequiredService<OfficerMessenger>().SendAsync("lv.vp.cv1", Reminder, CancellationToken.None));

        Assert.Equal(("zalo", DeliveryStatus.Sent), (result.Channel, result.Status));
    }
}
