namespace ReformBot.Channels.BotFramework;

/// <summary>What happened to a proactive message: the conversation and activity ids when sent, the reason otherwise.</summary>
public sealed record ProactiveSendResult(ProactiveSendStatus Status, string? ConversationId = null, string? ActivityId = null, string? Error = null, TimeSpan? RetryAfter = null)
{
    public bool IsSent => Status == ProactiveSendStatus.Sent;

    /// <summary>The channel id of the conversation it went to ("msteams", "webchat", "emulator"), when sent.</summary>
    public string? ChannelId { get; init; }
}
