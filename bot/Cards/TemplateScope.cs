using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>Where an expression is evaluated: the current <c>$data</c>, the <c>$root</c> data and <c>$index</c> inside a repetition.</summary>
internal sealed record TemplateScope(JsonNode? Data, JsonNode? Root, int? Index);
