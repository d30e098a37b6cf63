using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>The JSON conventions of the Connector protocol: camelCase, nulls left out.</summary>
internal static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
