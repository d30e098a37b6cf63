namespace ReformBot.Conversation.Recognition;

/// <summary>An intent with its probability, 0–1.</summary>
public sealed record IntentScore(IntentKind Intent, double Probability);
