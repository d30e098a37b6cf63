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
        long.TryParse(String(node), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) && ms > 0 && ms <= MaxEpochMilliseconds
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;

    /// <summary>An object, or null for anything else: not UTF-8, not JSON, not an object, or a key given twice (which would be read either way).</summary>
    public static JsonObject? Parse(ReadOnlySpan<byte> body)
    {
        if (!System.Text.Unicode.Utf8.IsValid(body))
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(body, documentOptions: StrictDocument) as JsonObject;

            // Nodes materialise lazily; touching every one here makes a later read unable to fail.
            _ = node?.ToJsonString();
            return node;
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }

    private static readonly long MaxEpochMilliseconds = DateTimeOffset.MaxValue.ToUnixTimeMilliseconds();

    private static readonly JsonDocumentOptions StrictDocument = new() { AllowDuplicateProperties = false };
}
