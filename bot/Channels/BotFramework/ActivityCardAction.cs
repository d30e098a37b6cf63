using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>A button in <c>suggestedActions</c>: <c>imBack</c> (says the value) or <c>messageBack</c> (sends the value as data).</summary>
internal sealed record ActivityCardAction(
    string Type,
    string Title,
    JsonNode? Value,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text = null);
