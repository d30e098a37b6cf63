using System.Text.Json.Nodes;

namespace ReformBot.Delivery;

/// <summary>A quick-reply button under a plain message (Zalo buttons, Teams suggested actions).</summary>
public sealed record MessageAction(string Title, string Verb, JsonObject Data);
