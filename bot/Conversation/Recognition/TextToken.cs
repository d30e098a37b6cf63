namespace ReformBot.Conversation.Recognition;

/// <summary>
/// One word of a message: its folded form (possibly several words after chat normalisation, e.g. "nv" → "nhiem vu")
/// and where it sits in the original text, so slots can be cut from the original with its diacritics.
/// </summary>
internal sealed record TextToken(string Folded, int Start, int End);
