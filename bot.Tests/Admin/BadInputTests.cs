using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

/// <summary>Admin inputs at the edges (year 1 and 9999, unparseable, invalid UTF-8, odd plan codes): a 400 that says what is wrong, never a 500.</summary>
public sealed class BadInputTests : IAsyncLifetime, IDisposable
{
    private ReformBotFactory factory = null!;
    private HttpClient client = null!;

    public Task InitializeAsync()
    {
        factory = new ReformBotFactory(new Dictionary<string, string?> { ["Testing:Enabled"] = "true" });
        client = factory.CreateClient();
        return Task.CompletedTask;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        client.Dispose();
        factory.Dispose();
    }

    private static async Task<string> ProblemDetailAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"] ?? string.Empty;
    }

    [Theory]
    [InlineData("/api/admin/reminders?from=0001-01-01")]
    [InlineData("/api/admin/reminders?to=9999-12-31")]
    [InlineData("/api/admin/reminders?from=9999-12-31T23:59:59%2B14:00&to=9999-12-31T23:59:59Z")]
    [InlineData("/api/admin/reminders?from=0001-01-01T00:00:00")]
    [InlineData("/api/admin/reminders?from=2024-02-30")]
    [InlineData("/api/admin/audit?from=0001-01-01")]
    [InlineData("/api/admin/audit?to=0001-01-01T03:00:00")]
    [InlineData("/api/admin/audit?to=9999-12-31")]
    [InlineData("/api/admin/audit?from=9999-12-31T23:59:59")]
    [InlineData("/api/admin/audit?from=yesterday")]
    public async Task DatesNearYearOneOrNineThousandOrUnparseableAreABadRequestThatNamesTheRule(string query)
    {
        var detail = await ProblemDetailAsync(await client.GetAsync(query));

        Assert.Contains("'from' and 'to' must be ISO dates", detail, StringComparison.Ordinal);
        Assert.Contains("1900 and 2200", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2024-13-01")]
    public async Task RecognizeRefusesATodayOutsideTheCalendar(string today)
    {
        var response = await client.PostAsync("/api/admin/recognize", Json($$"""{"text":"xin gia hạn nv 5.a đến 31/12","today":"{{today}}"}"""));

        Assert.Contains("'today' must be an ISO date", await ProblemDetailAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecognizeRefusesInvalidUtf8()
    {
        var body = Encoding.UTF8.GetBytes("""{"text":"đã xong nv 2.a"}""");
        body[10] = 0xFF;

        var response = await client.PostAsync("/api/admin/recognize", new ByteArrayContent(body));

        Assert.Contains("JSON object", await ProblemDetailAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("104 KH UBND")]
    [InlineData("<script>")]
    [InlineData("1234567890123456789012345678901234567890X")]
    [InlineData("104/KH_UBND")]
    public async Task PlanCodeOutsideThePatternIsRefusedNamingTheField(string code)
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["plan"]!["code"] = code;

        var response = await client.PostAsync("/api/admin/plans", new ByteArrayContent(PlanJson.Bytes(plan)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsArray();
        Assert.Contains(errors, e => (string?)e!["path"] == "$.plan.code" && ((string?)e["message"])!.Contains("plan code", StringComparison.Ordinal));
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/admin/plans"))!.AsArray());
    }

    [Fact]
    public async Task PlanCodeWithĐAndDotsIsAccepted()
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        plan["plan"]!["code"] = "12.3/KH-UBND.Đđ";

        var response = await client.PostAsync("/api/admin/plans", new ByteArrayContent(PlanJson.Bytes(plan)));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/admin/plans/" + Uri.EscapeDataString("12.3/KH-UBND.Đđ"))).StatusCode);
    }

    [Fact]
    public async Task ExportWithACodeOutsideThePatternIsABadRequestNamingTheCode()
    {
        var detail = await ProblemDetailAsync(await client.GetAsync("/api/admin/plans/" + Uri.EscapeDataString("a b<c>")));

        Assert.Contains("'code' must be a plan code", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlanFileWithInvalidUtf8IsRefusedAsAWhole()
    {
        var bytes = Fixtures.PlanBytes("lapvo-104-2024.json");
        bytes[Array.IndexOf(bytes, (byte)0xC3)] = 0xFF;

        var response = await client.PostAsync("/api/admin/plans", new ByteArrayContent(bytes));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("not valid UTF-8", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(await client.GetStringAsync("/api/admin/plans"))!.AsArray());
    }

    [Fact]
    public async Task PlanFileWithADuplicateKeyNamesTheField()
    {
        var text = PlanJson.Load("lapvo-104-2024.json").ToJsonString();
        var doubled = text.Replace("\"code\":\"104/KH-UBND\"", "\"code\":\"104/KH-UBND\",\"code\":\"105/KH-UBND\"", StringComparison.Ordinal);
        Assert.NotEqual(text, doubled);

        var response = await client.PostAsync("/api/admin/plans", new StringContent(doubled, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("appears more than once", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31T23:59:59+00:00")]
    [InlineData("2099-01-01T00:00:00+07:00")]
    public async Task TestClockRefusesAMoveOfMoreThan400Days(string now)
    {
        var response = await client.PostAsync("/api/testing/clock", Json($$"""{"now":"{{now}}"}"""));

        Assert.Contains("at most 400 days", await ProblemDetailAsync(response), StringComparison.Ordinal);
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
