using System.Text.Json.Nodes;

namespace ReformBot.Tests.Infrastructure;

/// <summary><c>GET /healthz</c> of a host, as a load balancer or an operator reads it.</summary>
public static class HealthJson
{
    public static async Task<JsonNode> GetAsync(ReformBotFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        using var client = factory.CreateClient();
        using var response = await client.GetAsync("/healthz");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    /// <summary>One check of the report (status, description, data).</summary>
    public static async Task<JsonNode> CheckAsync(ReformBotFactory factory, string name) =>
        (await GetAsync(factory))["checks"]![name] ?? throw new InvalidOperationException($"/healthz has no check '{name}'.");
}
