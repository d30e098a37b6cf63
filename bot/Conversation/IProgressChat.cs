using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;

namespace ReformBot.Conversation;

/// <summary>What the conversation asks of the progress feature (which implements it, so Conversation does not depend on Progress): a workbook or a report draft, as a reply with the file.</summary>
public interface IProgressChat
{
    Task<ConversationReply> WorkbookAsync(Sender sender, IntentSlots slots, string? text, string channel, CancellationToken cancellationToken);

    Task<ConversationReply> DraftAsync(Sender sender, IntentSlots slots, string? text, string channel, CancellationToken cancellationToken);
}
