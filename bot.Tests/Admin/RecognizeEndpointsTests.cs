using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class RecognizeEndpointsTests
{
    private const string ApiKey = "test-admin-key-0123456789";

    private static async Task<HttpResponseMessage> PostAsync(ReformBotFactory factory, string body)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return await client.PostAsync("/api/admin/recognize", new StringContent(body, Encoding.UTF8, "application/json"));
    }

    private static ReformBotFactory Factory() => new(new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey });

    [Fact]
    public async Task DoneWithATaskReference()
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, """{"text": "da xong nv 2.b"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("done", (string?)body!["intent"]);
        Assert.Equal("2.b", (string?)body["slots"]!["taskRef"]);
        Assert.True((double)body["confidence"]! > 0.5);
    }

    [Theory]
    [InlineData("da xong nv 2.b", "0.6", "act")]
    [InlineData("da xong nv 2.b", "1", "ask")]
    [InlineData("làm sao để báo xong?", "0.6", "answer")]
    [InlineData("phòng Nội vụ nộp báo cáo tháng 11 chưa?", "0.6", "answer")]
    public async Task ShowsTheRunnerUpAndWhetherTheBotWouldActAskOrAnswer(string text, string confirmBelow, string decision)
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey, ["Conversation:ConfirmBelow"] = confirmBelow });

        using var response = await PostAsync(factory, new JsonObject { ["text"] = text }.ToJsonString());

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(decision, (string?)body!["decision"]);
        Assert.NotEqual((string?)body["intent"], (string?)body["runnerUp"]!["intent"]);
        Assert.True((double)body["runnerUp"]!["confidence"]! <= (double)body["confidence"]!);
    }

    [Fact]
    public async Task ExtensionDateIsResolvedAgainstToday()
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, """{"text": "xin gia hạn đến 20/12", "today": "2024-11-20"}""");

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("extension", (string?)body!["intent"]);
        Assert.Equal("2024-12-20", (string?)body["slots"]!["date"]);
    }

    [Fact]
    public async Task SnoozeDurationIsAnIsoDuration()
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, """{"text": "nhắc lại sau 2 ngày", "today": "2024-11-20"}""");

        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("snooze", (string?)body!["intent"]);
        Assert.Equal("P2D", (string?)body["slots"]!["duration"]);
    }

    [Theory]
    [InlineData("""{"text": "   "}""")]
    [InlineData("""{"today": "2024-11-20"}""")]
    [InlineData("""{"text": "xong", "today": "20/11/2024"}""")]
    [InlineData("""not json""")]
    [InlineData("""null""")]
    [InlineData("")]
    public async Task BadBodyIsABadRequest(string body)
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Invalid recognize request", (string?)problem!["title"]);
    }

    [Fact]
    public async Task LargeBodyIsRefused()
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, "{\"text\": \"" + new string('a', 17 * 1024) + "\"}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("""{"text": "xin gia hạn 1.2 đến 15/12", "today": "2024-11-20", "planRefs": ["1.1", "1.2"]}""", "1.2", "2024-12-15")]
    [InlineData("""{"text": "mục 1.2 xong chưa", "today": "2024-11-20", "planRefs": ["1.2"]}""", "1.2", null)]
    [InlineData("""{"text": "xin gia hạn đến 1.2", "today": "2024-11-20", "planRefs": ["2.a"]}""", null, "2025-02-01")]
    public async Task ABareNumberIsATaskWhenThePlanRefsGivenHaveIt(string request, string? taskRef, string? date)
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var slots = (await response.Content.ReadFromJsonAsync<JsonObject>())!["slots"]!;
        Assert.Equal(taskRef, (string?)slots["taskRef"]);
        Assert.Equal(date, (string?)slots["date"]);
    }

    [Theory]
    [InlineData("""{"text": "xong 1.2", "planRefs": [""]}""")]
    [InlineData("""{"text": "xong 1.2", "planRefs": "1.2"}""")]
    [InlineData("""{"text": "xong 1.2", "planRefs": [null]}""")]
    public async Task BadPlanRefsAreRefused(string request)
    {
        using var factory = Factory();

        using var response = await PostAsync(factory, request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
