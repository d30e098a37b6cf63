using System.Text.Json.Nodes;

namespace ReformBot.Tests.Channels.BotFramework;

public sealed class SingleTenantConnectorTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Bot:MicrosoftAppType"] = "SingleTenant",
        ["Bot:MicrosoftAppTenantId"] = BotTestHost.TenantId,
    });

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task SingleTenantAppAsksItsOwnTenantForTokens()
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi"), host.ChannelToken());

        var sent = (await host.Connector.WaitForAsync("POST", "/activities/msg-1")).Single();
        Assert.Equal("Bearer " + FakeTokenServer.AccessToken, sent.Header("Authorization"));
        Assert.Equal($"/{BotTestHost.TenantId}/oauth2/v2.0/token", Assert.Single(host.Tokens.TokenRequests).Path);
        Assert.Equal("echo: hi", (string?)JsonNode.Parse(sent.Body)!["text"]);
    }
}
