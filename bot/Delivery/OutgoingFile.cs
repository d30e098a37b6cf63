namespace ReformBot.Delivery;

/// <summary>A file the bot hands to a channel that takes files (Teams' file consent, Zalo OA's upload), whole in memory.</summary>
public sealed record OutgoingFile(string Name, string ContentType, byte[] Content);
