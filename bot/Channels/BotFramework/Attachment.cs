using System.Text.Json.Nodes;

namespace ReformBot.Channels.BotFramework;

/// <summary>A file, link or card in an activity.</summary>
internal sealed record Attachment(string? ContentType, JsonNode? Content = null, string? ContentUrl = null, string? Name = null);
