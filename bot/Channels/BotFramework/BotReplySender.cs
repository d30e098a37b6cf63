using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Sends the conversation's reply to an incoming activity: the tapped card replaced (Teams, when the card's message is
/// known; elsewhere the new card is posted after the tap), then each message as a reply. A conversation the bot has lost marks the sender's reference stale.
/// </summary>
internal sealed class BotReplySender(ConnectorClient connector, ActivityMapper mapper, ConversationReferenceStore references)
{
    public async Task SendAsync(Activity incoming, ConversationReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(reply);
        if (incoming.ServiceUrl is not { } serviceUrl || incoming.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        try
        {
            var messages = reply.Messages;
            if (reply.UpdatedCard is not null && CardActionStyle.RunsExecute(incoming.ChannelId) && incoming.ReplyToId is { } cardMessageId)
            {
                var update = incoming.CreateReply();
                update.Id = cardMessageId;
                update.ReplyToId = null;
                update.Type = ActivityTypes.Message;
                update.Attachments = [new Attachment(ActivityTypes.AdaptiveCardContentType, mapper.Render(reply.UpdatedCard, incoming.ChannelId))];
                await connector.UpdateActivityAsync(serviceUrl, conversationId, cardMessageId, update, cancellationToken);
            }
            else if (reply.UpdatedCard is { } card && !CardActionStyle.RunsExecute(incoming.ChannelId))
            {
                // Web Chat, the Emulator and Direct Line cannot replace a card: the new one follows the tap, before the answer.
                messages = [OutgoingMessage.WithCard(card.Summary ?? string.Empty, card), .. messages];
            }

            foreach (var message in messages)
            {
                var activity = mapper.ToActivity(incoming, message);
                _ = incoming.Id is { Length: > 0 } activityId
                    ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, activityId, activity, cancellationToken)
                    : await connector.SendToConversationAsync(serviceUrl, conversationId, activity, cancellationToken);
            }
        }
        catch (ConnectorException e) when (e.IsConversationGone && incoming.ChannelId is { } channelId && incoming.From?.Id is { } accountId)
        {
            await references.MarkStaleAsync(channelId, accountId, cancellationToken);
            throw;
        }
    }
}
