using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>What an OA event's handling left to send: the reply to the user, and whether to ask them for their phone number.</summary>
public sealed record ZaloOaReply(string UserId, ConversationReply Reply, bool AskForPhone);

/// <summary>What a Zalo Bot update's handling left to send: text parts to the chat, in order.</summary>
public sealed record ZaloBotReply(string ChatId, IReadOnlyList<string> Parts);
