using System.Text;
using System.Text.Json.Nodes;

namespace ReformBot.Tests.Infrastructure;

/// <summary>Edits a fixture plan the way a coordinator edits the file, to make revisions and broken files.</summary>
public static class PlanJson
{
    public static JsonObject Load(string fixture) => JsonNode.Parse(Fixtures.PlanText(fixture))!.AsObject();

    public static JsonObject Task(JsonObject plan, string taskRef) =>
        plan["tasks"]!.AsArray().Select(t => t!.AsObject()).Single(t => (string?)t["ref"] == taskRef);

    public static byte[] Bytes(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());
}
