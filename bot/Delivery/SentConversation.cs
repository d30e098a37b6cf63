namespace ReformBot.Delivery;

/// <summary>The conversation a message was delivered to, as the channel names it (channel id and conversation id).</summary>
public sealed record SentConversation(string ChannelId, string ConversationId);
