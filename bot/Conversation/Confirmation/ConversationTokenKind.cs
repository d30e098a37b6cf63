namespace ReformBot.Conversation.Confirmation;

/// <summary>
/// What a button's token stands for: a change waiting for "Đúng", a change that "Hoàn tác" reverts, or a Teams file
/// consent card already accepted (its upload claimed, then done: the key is a hash of the card and its offer).
/// </summary>
public enum ConversationTokenKind
{
    Confirm,
    Undo,
    FileConsent,
}
