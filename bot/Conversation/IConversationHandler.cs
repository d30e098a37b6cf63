using ReformBot.Delivery;

namespace ReformBot.Conversation;

/// <summary>Turns what a person said into the bot's reply. Channels call it; it knows nothing about them.</summary>
public interface IConversationHandler
{
    Task<ConversationReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken);

    /// <summary>What to show someone who has just added the bot (welcome card).</summary>
    Task<ConversationReply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken);
}
