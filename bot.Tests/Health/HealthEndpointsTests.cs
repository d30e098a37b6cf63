using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task HealthzAnswers200WithTheDatabaseState()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("healthy", (string?)body["status"]);
        Assert.Equal("healthy", (string?)body["checks"]!["database"]!["status"]);
        Assert.Equal("sqlite", (string?)body["checks"]!["database"]!["data"]!["provider"]);
        Assert.True(File.Exists(factory.DatabasePath));
    }

    [Fact]
    public async Task HealthzAnswers503WhenTheDatabaseIsUnreachable()
    {
        using var factory = new ReformBotFactory();
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        SqliteConnection.ClearAllPools();
        Directory.Delete(factory.Directory.Path, recursive: true);
        using var response = await client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("unhealthy", (string?)body["checks"]!["database"]!["status"]);
    }
}
