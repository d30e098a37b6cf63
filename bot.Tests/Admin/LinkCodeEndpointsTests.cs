using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class LinkCodeEndpointsTests
{
    private const string ApiKey = "test-admin-key-0123456789";

    private static ReformBotFactory Factory() => new(new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey });

    private static async Task<HttpClient> ClientWithPlanAsync(ReformBotFactory factory, string? key = ApiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        using var load = await client.PostAsync(
            "/api/admin/plans", new ByteArrayContent(Fixtures.PlanBytes("lapvo-104-2024.json")) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.Created, load.StatusCode);
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    [Fact]
    public async Task CodeIsIssuedForAnOfficerAPlanNames()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);

        using var response = await client.PostAsync("/api/admin/officers/lv.pnv.cv1/link-code", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("lv.pnv.cv1", (string?)body!["officerId"]);
        Assert.Matches("^[0-9]{6}$", (string?)body["code"]);
        var expiresAt = DateTimeOffset.Parse((string)body["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(expiresAt - TimeProvider.System.GetUtcNow(), TimeSpan.FromDays(6.9), TimeSpan.FromDays(7));
    }

    [Fact]
    public async Task UnknownOfficerIsNotFound()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);

        using var response = await client.PostAsync("/api/admin/officers/nobody/link-code", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Officer not found", (string?)problem!["title"]);
        Assert.Contains("nobody", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CodeNeedsTheApiKey()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory, key: null);

        using var response = await client.PostAsync("/api/admin/officers/lv.pnv.cv1/link-code", null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
