using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class PlanEndpointsTests
{
    private const string LapVo = "lapvo-104-2024.json";
    private const string ApiKey = "test-admin-key-0123456789";

    private static ReformBotFactory Factory(string environment = "Development", string? apiKey = ApiKey) =>
        new(new Dictionary<string, string?> { ["Admin:ApiKey"] = apiKey, ["Bot:AllowUnauthenticated"] = "true" }, environment);

    private static HttpClient Client(ReformBotFactory factory, string? key = ApiKey)
    {
        var client = factory.CreateClient();
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    private static Task<HttpResponseMessage> PostPlanAsync(HttpClient client, byte[] body) =>
        client.PostAsync("/api/admin/plans", new ByteArrayContent(body) { Headers = { ContentType = new("application/json") } });

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public async Task ValidPlanIsCreatedWithRevisionOne(string fixture)
    {
        using var factory = Factory();
        using var client = Client(factory);

        using var response = await PostPlanAsync(client, Fixtures.PlanBytes(fixture));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var code = (string)JsonNode.Parse(Fixtures.PlanText(fixture))!["plan"]!["code"]!;
        Assert.Equal(code, (string?)body!["code"]);
        Assert.Equal(1, (int?)body["revision"]);
        Assert.NotNull(body["diff"]);
        Assert.Equal($"/api/admin/plans/{Uri.EscapeDataString(code)}", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task InvalidPlanGetsEveryErrorWithItsPathAndTheListIsUnchanged()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await PostPlanAsync(client, Fixtures.PlanBytes("bacgiang-92-2024.json"));
        var broken = PlanJson.Load(LapVo);
        PlanJson.Task(broken, "2.b")["deadline"] = "2024-13-01";
        broken["officers"]![0]!["unit"] = "KHONG-CO";
        broken["surprise"] = true;

        using var response = await PostPlanAsync(client, PlanJson.Bytes(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var paths = problem!["errors"]!.AsArray().Select(e => (string?)e!["path"]).ToList();
        Assert.Contains("$.tasks[2].deadline", paths);
        Assert.Contains("$.officers[0].unit", paths);
        Assert.Contains("$.surprise", paths);
        Assert.All(problem["errors"]!.AsArray(), e => Assert.False(string.IsNullOrWhiteSpace((string?)e!["message"])));
        var plans = await client.GetFromJsonAsync<JsonArray>("/api/admin/plans");
        Assert.Equal(["92/KH-TTPVHCC"], plans!.Select(p => (string?)p!["code"]));
    }

    [Fact]
    public async Task PlanFileWithAnOfficerWithoutRolesIsRefusedWith400AtThatPath()
    {
        using var factory = Factory();
        using var client = Client(factory);
        var broken = PlanJson.Load(LapVo);
        broken["officers"]![0]!.AsObject().Remove("roles");
        broken["plan"]!.AsObject().Remove("year");

        using var response = await PostPlanAsync(client, PlanJson.Bytes(broken));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        var paths = problem!["errors"]!.AsArray().Select(e => (string?)e!["path"]).ToList();
        Assert.Contains("$.officers[0].roles", paths);
        Assert.Contains("$.plan.year", paths);
        var plans = await client.GetFromJsonAsync<JsonArray>("/api/admin/plans");
        Assert.Empty(plans!);
    }

    [Theory]
    [InlineData("this is not json")]
    [InlineData("")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"format\":\"reformbot.plan/v1\"")]
    public async Task BodyThatIsNotAPlanObjectGets400(string body)
    {
        using var factory = Factory();
        using var client = Client(factory);

        using var response = await PostPlanAsync(client, Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.NotEmpty(problem!["errors"]!.AsArray());
    }

    [Fact]
    public async Task BodyOverFiveMegabytesGets413()
    {
        using var factory = Factory();
        using var client = Client(factory);
        var big = PlanJson.Load(LapVo);
        big["plan"]!["title"] = new string('x', 5 * 1024 * 1024);

        using var response = await PostPlanAsync(client, PlanJson.Bytes(big));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonArray>("/api/admin/plans"))!);
    }

    [Fact]
    public async Task IdenticalFileReportsNoChangesAndMakesNoRevision()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));

        using var response = await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True((bool?)body!["unchanged"]);
        Assert.Equal(1, (int?)body["revision"]);
    }

    [Fact]
    public async Task RevisionResponseCarriesTheDiff()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));
        var revised = PlanJson.Load(LapVo);
        PlanJson.Task(revised, "6.c")["deadline"] = "2024-12-31";

        using var response = await PostPlanAsync(client, PlanJson.Bytes(revised));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(2, (int?)body!["revision"]);
        var change = body["diff"]!["tasks"]!["changed"]![0]!;
        Assert.Equal("6.c", (string?)change["key"]);
        Assert.Equal("2024-12-31", (string?)change["changes"]![0]!["new"]);
    }

    [Theory]
    [InlineData("/api/admin/plans/104%2FKH-UBND")]
    [InlineData("/api/admin/plans/104/KH-UBND")]
    public async Task ExportReturnsThePlanFileAsStored(string url)
    {
        using var factory = Factory();
        using var client = Client(factory);
        await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));

        using var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var exported = await response.Content.ReadAsByteArrayAsync();
        var canonical = PlanFileWriter.Write(PlanFileReader.Read(Fixtures.PlanBytes(LapVo)).Plan!);
        Assert.Equal(Encoding.UTF8.GetString(canonical), Encoding.UTF8.GetString(exported));
        using var again = await PostPlanAsync(client, exported);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task ExportOfUnknownPlanGets404()
    {
        using var factory = Factory();
        using var client = Client(factory);

        using var response = await client.GetAsync("/api/admin/plans/999%2FKH-UBND");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789")]
    public async Task RequestWithoutTheRightKeyGets401AndStoresNothing(string? key)
    {
        using var factory = Factory();
        using var client = Client(factory, key);

        using var response = await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var admin = Client(factory);
        Assert.Empty((await admin.GetFromJsonAsync<JsonArray>("/api/admin/plans"))!);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheApiIsOpenInDevelopment()
    {
        using var factory = Factory("Development", apiKey: null);
        using var client = Client(factory, key: null);

        using var response = await client.GetAsync("/api/admin/plans");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyTheApiIsOffOutsideDevelopment()
    {
        using var factory = Factory("Production", apiKey: null);
        using var client = Client(factory, key: null);

        using var response = await PostPlanAsync(client, Fixtures.PlanBytes(LapVo));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = JsonSerializer.Deserialize<JsonObject>(await response.Content.ReadAsStringAsync());
        Assert.Contains("Admin:ApiKey", (string?)problem!["detail"], StringComparison.Ordinal);
    }
}
