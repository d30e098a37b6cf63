using System.Text.Json.Nodes;

namespace ReformBot.Channels.BotFramework;

/// <summary>The body of <c>POST v3/conversations</c>; for a Teams 1:1 chat: the bot, one member and the tenant.</summary>
internal sealed record ConversationParameters(
    ChannelAccount Bot,
    IReadOnlyList<ChannelAccount> Members,
    bool IsGroup,
    string? TenantId,
    JsonObject? ChannelData,
    Activity? Activity = null);
