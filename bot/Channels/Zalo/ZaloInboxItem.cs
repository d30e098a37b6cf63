using System.Text.Json.Nodes;

namespace ReformBot.Channels.Zalo;

/// <summary>A verified webhook body waiting to be handled.</summary>
public sealed record ZaloInboxItem(ZaloInboxSource Source, JsonObject Body, DateTimeOffset ReceivedAt);
