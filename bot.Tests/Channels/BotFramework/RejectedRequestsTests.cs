using System.Net;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>Requests refused before any work: nothing stored, nothing handled.</summary>
public sealed class RejectedRequestsTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("""{"id":"x","serviceUrl":"http://127.0.0.1:9/"}""")]
    [InlineData("""{"type":"","id":"x"}""")]
    [InlineData("this is not json")]
    [InlineData("[1,2]")]
    public async Task MalformedActivityIsABadRequestAndNothingIsStored(string body)
    {
        var response = await host.PostRawAsync(body, host.ChannelToken());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.StoredReferencesAsync());
        Assert.Empty(host.Conversation.Received);
    }

    [Fact]
    public async Task BodyOver256KilobytesIsRefused()
    {
        var response = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, new string('a', 256 * 1024)), host.ChannelToken());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(await host.StoredReferencesAsync());
        Assert.Empty(host.Conversation.Received);
    }
}
