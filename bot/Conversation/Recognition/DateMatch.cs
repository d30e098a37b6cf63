namespace ReformBot.Conversation.Recognition;

/// <summary>A date found in folded text and where its words are, so the recognizer can cut them out of other slots.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);
