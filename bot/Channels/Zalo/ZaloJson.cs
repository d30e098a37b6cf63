using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ReformBot.Channels.Zalo;

/// <summary>Reading Zalo's JSON, where ids and numbers may come as strings or numbers (ids exceed 2^53: kept as text).</summary>
internal static class ZaloJson
{
    public static string? String(JsonNode? node)
    {
        if (node is not JsonValue value)
        {
            return null;
        }

        return value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            JsonValueKind.Number => value.ToJsonString(),
            JsonValueKind.True => "true",
            JsonValueKind.False => "false",
            _ => null,
        };
    }

    public static int? Int(JsonNode? node) =>
        int.TryParse(String(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null;

    /// <summary>An epoch-milliseconds timestamp as Zalo sends it.</summary>
    public static DateTimeOffset? EpochMilliseconds(JsonNode? node) =>
        long.TryParse(String(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    public static JsonObject? Parse(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
