namespace ReformBot.Conversation.Recognition;

/// <summary>What the bot does with a recognised message: applies it, asks first, or only answers (a question, help, a list).</summary>
public enum IntentDecision
{
    Answer,
    Ask,
    Act,
}
