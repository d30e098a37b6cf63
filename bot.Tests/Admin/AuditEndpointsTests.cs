using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Audit;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

public sealed class AuditEndpointsTests
{
    private const string ApiKey = "test-admin-key-0123456789";

    private static ReformBotFactory Factory() => new(new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey });

    private static HttpClient Client(ReformBotFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    private static async Task LoadPlanAsync(HttpClient client)
    {
        using var load = await client.PostAsync(
            "/api/admin/plans", new ByteArrayContent(Fixtures.PlanBytes("lapvo-104-2024.json")) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.Created, load.StatusCode);
    }

    private static async Task<JsonArray> EntriesAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/admin/audit" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["entries"]!.AsArray();
    }

    [Fact]
    public async Task PlanLoadAndLinkCodeAreInTheLastSevenDays()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await LoadPlanAsync(client);
        (await client.PostAsync("/api/admin/officers/lv.pnv.cv1/link-code", null)).Dispose();

        var entries = await EntriesAsync(client, string.Empty);

        Assert.Equal([AuditActions.LinkIssue, AuditActions.PlanImport], entries.Select(e => (string?)e!["action"]));
        Assert.Equal(("admin", "api", "104/KH-UBND"), ((string?)entries[1]!["actor"], (string?)entries[1]!["channel"], (string?)entries[1]!["subject"]));
        Assert.Equal("lv.pnv.cv1", (string?)entries[0]!["subject"]);
    }

    [Fact]
    public async Task EntriesAreFilteredByPeriod()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await using (var db = factory.CreateDbContext())
        {
            db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2024, 11, 19, 23, 0, 0, TimeSpan.FromHours(7)), "a", "zalo", "task.update", "x#1", null));
            db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2024, 11, 20, 8, 0, 0, TimeSpan.FromHours(7)), "b", "zalo", "task.update", "x#2", null));
            db.AuditEntries.Add(new AuditEntry(new DateTimeOffset(2024, 11, 21, 0, 30, 0, TimeSpan.FromHours(7)), "c", "zalo", "task.update", "x#3", null));
            await db.SaveChangesAsync();
        }

        Assert.Equal(["b"], (await EntriesAsync(client, "?from=2024-11-20&to=2024-11-20")).Select(e => (string?)e!["actor"]));
        Assert.Equal(["c", "b", "a"], (await EntriesAsync(client, "?from=2024-11-19&to=2024-11-21")).Select(e => (string?)e!["actor"]));
        Assert.Equal(["b", "a"], (await EntriesAsync(client, "?from=2024-11-19T12:00:00Z&to=2024-11-20T09:00:00")).Select(e => (string?)e!["actor"]));
        Assert.Empty(await EntriesAsync(client, "?from=2000-01-01&to=2000-01-02"));
    }

    [Fact]
    public async Task PagesFollowTheBeforeCursor()
    {
        using var factory = Factory();
        using var client = Client(factory);
        await using (var db = factory.CreateDbContext())
        {
            var log = new AuditLog(db, TimeProvider.System);
            for (var i = 0; i < 5; i++)
            {
                log.Record("system", null, "broadcast", $"n{i}");
            }

            await db.SaveChangesAsync();
        }

        using var first = await client.GetAsync("/api/admin/audit?limit=3");
        var page = await first.Content.ReadFromJsonAsync<JsonObject>();
        var next = (long?)page!["nextBefore"];
        var rest = await EntriesAsync(client, $"?limit=3&before={next}");

        Assert.Equal(["n4", "n3", "n2"], page["entries"]!.AsArray().Select(e => (string?)e!["subject"]));
        Assert.Equal(["n1", "n0"], rest.Select(e => (string?)e!["subject"]));
    }

    [Theory]
    [InlineData("?from=yesterday")]
    [InlineData("?to=2024-13-01")]
    [InlineData("?from=2024-11-21&to=2024-11-20")]
    [InlineData("?limit=0")]
    [InlineData("?limit=5000")]
    public async Task BadQueryIsABadRequest(string query)
    {
        using var factory = Factory();
        using var client = Client(factory);

        using var response = await client.GetAsync("/api/admin/audit" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Invalid audit query", (string?)problem!["title"]);
    }
}
