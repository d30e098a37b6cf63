namespace ReformBot.Conversation.Confirmation;

/// <summary>What a button's token stands for: a change waiting for "Đúng", or a change that "Hoàn tác" reverts.</summary>
public enum ConversationTokenKind
{
    Confirm,
    Undo,
}
