using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>
/// What <c>/api/messages</c> refuses before anything else (400, nothing stored or handled), and odd but well-formed
/// activities that are taken without a 500.
/// </summary>
public sealed class ActivityDoorTests : IAsyncLifetime
{
    private BotTestHost host = null!;

    public async Task InitializeAsync() => host = await BotTestHost.StartAsync();

    public async Task DisposeAsync() => await host.DisposeAsync();

    private async Task AssertRefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(await host.StoredReferencesAsync());
        Assert.Empty(host.Conversation.Received);
        Assert.Empty(host.Connector.Requests);
    }

    [Theory]
    [InlineData("file:///etc/passwd")]
    [InlineData("ftp://smba.trafficmanager.net/teams/")]
    [InlineData("http://[::1")]
    [InlineData("/v3/conversations/")]
    [InlineData("smba.trafficmanager.net/teams/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    [InlineData(null)]
    public async Task ServiceUrlThatIsNotAnAbsoluteHttpUrlIsRefused(string? serviceUrl)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "xin chào");
        activity["serviceUrl"] = serviceUrl;

        // The token names the same serviceUrl, so only the door can refuse it.
        var response = await host.PostAsync(activity, host.ChannelToken(serviceUrl ?? string.Empty));

        await AssertRefusedAsync(response);
    }

    [Theory]
    [InlineData("from", "\"29:someone\"")]
    [InlineData("action", "{\"add\":true}")]
    [InlineData("conversation", "[1]")]
    [InlineData("channelData", "\"tenant\"")]
    [InlineData("serviceUrl", "12345")]
    [InlineData("timestamp", "\"9999-12-31T23:59:59+14:00:00\"")]
    [InlineData("membersAdded", "{\"id\":1}")]
    public async Task FieldOfTheWrongJsonTypeIsABadRequest(string field, string json)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "xin chào");
        activity[field] = JsonNode.Parse(json);

        await AssertRefusedAsync(await host.PostAsync(activity, host.ChannelToken()));
    }

    [Fact]
    public async Task DuplicateKeyIsABadRequest()
    {
        var body = Activities.Message(host.Connector.ServiceUrl, "xin chào").ToJsonString();
        var doubled = body.Replace("\"type\":\"message\"", "\"type\":\"message\",\"type\":\"invoke\"", StringComparison.Ordinal);
        Assert.NotEqual(body, doubled);

        await AssertRefusedAsync(await host.PostRawAsync(doubled, host.ChannelToken()));
    }

    [Fact]
    public async Task InvalidUtf8IsABadRequest()
    {
        var body = Encoding.UTF8.GetBytes(Activities.Message(host.Connector.ServiceUrl, "xin chào").ToJsonString());
        body[Array.IndexOf(body, (byte)'x')] = 0xC0;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", host.ChannelToken());
        using var client = host.Factory.CreateClient();

        await AssertRefusedAsync(await client.SendAsync(request));
    }

    [Theory]
    [InlineData("{\"tenant\":{\"id\":42}}")]
    [InlineData("{\"tenant\":\"contoso\"}")]
    [InlineData("{\"tenant\":{\"id\":{\"deep\":[1,2]}}}")]
    public async Task OddTenantInChannelDataIsTakenWithoutTenant(string channelData)
    {
        var activity = Activities.Message(host.Connector.ServiceUrl, "xin chào");
        activity["channelData"] = JsonNode.Parse(channelData);

        var response = await host.PostAsync(activity, host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");
        Assert.Equal("xin chào", Assert.Single(host.Conversation.Received).Text);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"done\"")]
    [InlineData("5")]
    [InlineData("{\"action\":[1]}")]
    [InlineData("{\"action\":{\"type\":\"Action.Execute\",\"verb\":7,\"data\":[]}}")]
    [InlineData("{\"action\":{\"type\":{\"x\":1},\"verb\":\"taskDone\"}}")]
    [InlineData("{\"verb\":{\"x\":1},\"action\":\"x\"}")]
    public async Task InvokeWithAValueOfAnyShapeIsAnsweredWithout500(string value)
    {
        var activity = Activities.Execute(host.Connector.ServiceUrl, "taskDone", []);
        activity["value"] = JsonNode.Parse(value);

        var response = await host.PostAsync(activity, host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("[1,2,3]")]
    [InlineData("\"done\"")]
    [InlineData("{\"verb\":12,\"action\":[1]}")]
    [InlineData("{\"action\":{\"verb\":[]}}")]
    public async Task SubmitWithAValueOfAnyShapeIsTakenWithout500(string value)
    {
        var activity = Activities.Submit(host.Connector.ServiceUrl, []);
        activity["value"] = JsonNode.Parse(value);

        var response = await host.PostAsync(activity, host.ChannelToken());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
