using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>Teams, the Emulator and Web Chat as a way to reach officers on the bot's own initiative.</summary>
internal sealed class BotFrameworkOfficerChannel(ProactiveMessenger messenger) : IOfficerChannel
{
    public string Name => "msteams";

    public async Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var result = await messenger.SendAsync(officerId, message, cancellationToken);
        return result.Status switch
        {
            ProactiveSendStatus.Sent => DeliveryResult.Sent(Name, result.ActivityId) with
            {
                Conversation = result is { ChannelId: { } channelId, ConversationId: { } conversationId } ? new SentConversation(channelId, conversationId) : null,
            },
            ProactiveSendStatus.NoReference => DeliveryResult.Unreachable(Name, "no conversation with this officer"),
            ProactiveSendStatus.Stale => DeliveryResult.Unreachable(Name, "the bot was removed from every conversation with this officer"),
            ProactiveSendStatus.Busy => new DeliveryResult(DeliveryStatus.RetryLater, Name, result.Error, result.RetryAfter),
            _ => new DeliveryResult(DeliveryStatus.Failed, Name, result.Error),
        };
    }
}
