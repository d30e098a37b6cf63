using ReformBot.Delivery;

namespace ReformBot.Conversation;

/// <summary>
/// What the conversation asks of the plan-file feature (which implements it, so Conversation does not depend on it):
/// a plan appendix sent in chat previewed, then loaded or discarded by the preview's buttons.
/// </summary>
public interface IPlanFileChat
{
    /// <summary>The preview (or why the file is no plan); null when a non-coordinator's file is no plan (then it is evidence as before).</summary>
    Task<ConversationReply?> PreviewAsync(Sender sender, IncomingFile file, string channel, CancellationToken cancellationToken);

    /// <summary>"Nạp kế hoạch", "Huỷ" and "Xem tất cả cảnh báo" on a preview: <paramref name="verb"/> with the draft's id.</summary>
    Task<ConversationReply> ActAsync(Sender sender, string verb, string? draftId, CancellationToken cancellationToken);
}
