namespace ReformBot.Delivery;

/// <summary>
/// A file the bot offers with a message: its name and size, the signed link that downloads it on any channel, and the
/// token a channel that takes files (Teams' file consent in a personal chat) hands back to have it uploaded.
/// </summary>
public sealed record FileOffer(string Name, long Size, string Token, string Url);
