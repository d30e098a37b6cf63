using System.Text.Json.Nodes;

namespace ReformBot.Channels.BotFramework;

/// <summary>The HTTP body answering an <c>adaptiveCard/action</c> invoke: a card, a message or an error.</summary>
internal sealed record InvokeResponse(int StatusCode, string Type, JsonNode? Value)
{
    public static InvokeResponse Card(JsonObject card) => new(200, ActivityTypes.AdaptiveCardContentType, card);

    public static InvokeResponse Message(string text) => new(200, ActivityTypes.MessageResponseType, JsonValue.Create(text));

    public static InvokeResponse Error(int statusCode, string code, string message) =>
        new(statusCode, ActivityTypes.ErrorResponseType, new JsonObject { ["code"] = code, ["message"] = message });
}
