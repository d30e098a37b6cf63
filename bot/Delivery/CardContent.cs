using System.Text.Json.Nodes;

namespace ReformBot.Delivery;

/// <summary>A card to show: the template's name in <c>cards/</c> (without <c>.json</c>) and the data bound into it.</summary>
public sealed record CardContent(string Template, JsonObject Data);
