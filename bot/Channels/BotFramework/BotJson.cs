using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// The JSON conventions of the Connector protocol: camelCase, nulls left out, Vietnamese written as is (escaping every
/// letter with a diacritic would make a card up to six times larger on the wire than the size it was checked at).
/// </summary>
internal static class BotJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
