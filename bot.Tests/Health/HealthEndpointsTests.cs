using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Health;

public sealed class HealthEndpointsTests
{
    [Fact]
    public async Task HealthzAnswers200WithTheDatabaseState()
    {
        // In mid-2025 this year and the next both have a built-in holiday announcement, so every check is healthy.
        using var factory = new ReformBotFactory(configureServices: services =>
            services.AddSingleton<TimeProvider>(new ManualTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.FromHours(7)))));
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
