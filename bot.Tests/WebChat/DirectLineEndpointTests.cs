using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.WebChat;

/// <summary>The chat page's Direct Line and in-process Connector over HTTP: what they refuse, and that they exist only in Development.</summary>
public sealed class DirectLineEndpointTests
{
    [Theory]
    [InlineData("/chat")]
    [InlineData("/chat/webchat.js")]
    [InlineData("/chat/api/officers")]
    public async Task ThePageIsServedInDevelopment(string path)
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("GET", "/chat")]
    [InlineData("GET", "/chat/webchat.js")]
    [InlineData("GET", "/chat/api/officers")]
    [InlineData("POST", "/chat/api/session")]
    [InlineData("POST", "/v3/directline/conversations")]
    [InlineData("GET", "/v3/directline/conversations/abc/activities")]
    [InlineData("POST", "/v3/directline/conversations/abc/activities")]
    [InlineData("POST", "/v3/directline/conversations/abc/upload")]
    [InlineData("GET", "/v3/directline/conversations/abc/files/def")]
    [InlineData("POST", "/v3/conversations/abc/activities")]
    [InlineData("POST", "/v3/conversations/abc/activities/def")]
    public async Task NothingOfThePageIsMappedInProduction(string method, string path)
    {
        using var factory = new ReformBotFactory(
            new Dictionary<string, string?> { ["Admin:ApiKey"] = "prod-admin-key-0123456789", ["Bot:AllowUnauthenticated"] = "true" }, environment: "Production");
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? Json("{}") : null });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnOfficerNoPlanNamesGetsNoSessionAndNothingIsLinked()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var unknown = await client.PostAsync("/chat/api/session", Json("""{"officerId":"nobody"}"""));
        using var empty = await client.PostAsync("/chat/api/session", Json("{}"));
        using var garbage = await client.PostAsync("/chat/api/session", Json("[1,"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, garbage.StatusCode);
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.ChatAccounts.CountAsync());
    }

    [Fact]
    public async Task TheDirectLineRefusesOtherTokensBadActivitiesAndBadWatermarks()
    {
        using var factory = new ReformBotFactory();
        await ImportAsync(factory);
        using var client = factory.CreateClient();
        var session = (await (await client.PostAsync("/chat/api/session", Json("""{"officerId":"lv.vp.cv1"}"""))).Content.ReadFromJsonAsync<JsonObject>())!;
        var conversation = (string)session["conversationId"]!;
        var activities = $"/v3/directline/conversations/{conversation}/activities";

        using var noToken = await client.PostAsync("/v3/directline/conversations", null);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)session["token"]!);
        using var started = await client.PostAsync("/v3/directline/conversations", null);
        using var otherConversation = await client.GetAsync("/v3/directline/conversations/someone-else/activities");
        using var invoke = await client.PostAsync(activities, Json("""{"type":"invoke","name":"adaptiveCard/action"}"""));
        using var notJson = await client.PostAsync(activities, Json("{\"type\":"));
        using var watermark = await client.GetAsync(activities + "?watermark=-1");
        using var read = await client.GetAsync(activities + "?watermark=");

        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal(conversation, (string?)(await started.Content.ReadFromJsonAsync<JsonObject>())!["conversationId"]);
        Assert.Equal(HttpStatusCode.Forbidden, otherConversation.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invoke.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, watermark.StatusCode);
        var set = (await read.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("0", 0), ((string?)set["watermark"], set["activities"]!.AsArray().Count));
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
    }

    [Fact]
    public async Task AnUploadIsRefusedWithoutTheTokenAFileOrAnActivityAndStoresNothing()
    {
        using var factory = new ReformBotFactory();
        await ImportAsync(factory);
        using var client = factory.CreateClient();
        var session = (await (await client.PostAsync("/chat/api/session", Json("""{"officerId":"lv.pnv.tp"}"""))).Content.ReadFromJsonAsync<JsonObject>())!;
        var upload = $"/v3/directline/conversations/{(string)session["conversationId"]!}/upload?userId=x";

        using var noToken = await client.PostAsync(upload, Form(activity: true, file: true));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (string)session["token"]!);
        using var notAForm = await client.PostAsync(upload, Json("""{"type":"message"}"""));
        using var noFile = await client.PostAsync(upload, Form(activity: true, file: false));
        using var noActivity = await client.PostAsync(upload, Form(activity: false, file: true));
        using var unknownFile = await client.GetAsync($"/v3/directline/conversations/{(string)session["conversationId"]!}/files/0123");

        Assert.Equal(HttpStatusCode.Forbidden, noToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noFile.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noActivity.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownFile.StatusCode);
        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.InboxItems.CountAsync());
    }

    /// <summary>A multipart body as Direct Line JS builds it for Web Chat's upload button.</summary>
    private static MultipartFormDataContent Form(bool activity, bool file)
    {
        var form = new MultipartFormDataContent();
        if (activity)
        {
            var part = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"type":"message","attachments":[{"contentType":"text/plain","name":"a.txt"}]}"""));
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity", "blob");
        }

        if (file)
        {
            var part = new ByteArrayContent("hello"u8.ToArray());
            part.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
            form.Add(part, "file", "a.txt");
        }

        return form;
    }

    [Fact]
    public async Task TheConnectorAnswersConversationNotFoundForAConversationItDoesNotHold()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/v3/conversations/gone/activities", Json("""{"type":"message","text":"x"}"""));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ConversationNotFound", (string?)(await response.Content.ReadFromJsonAsync<JsonObject>())!["error"]!["code"]);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task ImportAsync(ReformBotFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(PlanJson.Load("lapvo-104-2024.json")), "test", CancellationToken.None);
        Assert.False(result.IsRejected);
    }
}
