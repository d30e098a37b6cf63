using System.Text.Json.Nodes;

namespace ReformBot.Delivery;

/// <summary>A button tapped on one of our cards: the verb from <c>cards/</c> and the data the card carried.</summary>
public sealed record CardAction(string Verb, JsonObject Data);
