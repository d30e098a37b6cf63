using System.Text.Json;

namespace ReformBot.Delivery;

/// <summary>How a queued message is written down and read back.</summary>
internal static class OutgoingMessageJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(OutgoingMessage message) => JsonSerializer.Serialize(message, Options);

    public static OutgoingMessage Read(string json) =>
        JsonSerializer.Deserialize<OutgoingMessage>(json, Options) ?? throw new JsonException("A queued message is empty.");
}
