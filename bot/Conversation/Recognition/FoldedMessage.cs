namespace ReformBot.Conversation.Recognition;

/// <summary>
/// A message folded once for all the rules: the folded text to match against and the way back from a position in
/// it to the original words, so slots such as a unit name keep the diacritics the person typed.
/// </summary>
internal sealed class FoldedMessage
{
    private readonly int[] tokenOffsets;

    public FoldedMessage(string original)
    {
        Original = original;
        Tokens = VietnameseText.Tokenize(original);
        tokenOffsets = new int[Tokens.Count];
        var offset = 0;
        for (var i = 0; i < Tokens.Count; i++)
        {
            tokenOffsets[i] = offset;
            offset += Tokens[i].Folded.Length + 1;
        }

        Text = string.Join(' ', Tokens.Select(t => t.Folded));
    }

    public string Original { get; }

    public IReadOnlyList<TextToken> Tokens { get; }

    public string Text { get; }

    /// <summary>Whether a whole-word phrase occurs in the folded text.</summary>
    public bool Has(string phrase) => IndexOf(phrase) >= 0;

    /// <summary>Where a whole-word phrase starts in the folded text, or -1.</summary>
    public int IndexOf(string phrase, int from = 0)
    {
        var at = from;
        while (at <= Text.Length - phrase.Length)
        {
            var found = Text.IndexOf(phrase, at, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            var end = found + phrase.Length;
            if ((found == 0 || Text[found - 1] == ' ') && (end == Text.Length || Text[end] == ' '))
            {
                return found;
            }

            at = found + 1;
        }

        return -1;
    }

    /// <summary>The original text covering the folded range [<paramref name="start"/>, <paramref name="end"/>), trimmed.</summary>
    public string OriginalSlice(int start, int end)
    {
        var first = TokenAt(start);
        var last = TokenAt(Math.Max(start, end - 1));
        if (first < 0 || last < 0 || first >= Tokens.Count)
        {
            return string.Empty;
        }

        return Original[Tokens[first].Start..Tokens[last].End].Trim();
    }

    /// <summary>The original text from the folded position to the end.</summary>
    public string OriginalFrom(int start) => start >= Text.Length ? string.Empty : OriginalSlice(start, Text.Length);

    /// <summary>The index of the token whose folded form covers <paramref name="position"/> (a space belongs to the token after it).</summary>
    public int TokenAt(int position)
    {
        if (Tokens.Count == 0 || position < 0)
        {
            return -1;
        }

        var index = Array.BinarySearch(tokenOffsets, position);
        if (index >= 0)
        {
            return index;
        }

        // The token starting before the position, or the next one when the position is the space after it.
        var before = ~index - 1;
        var afterEnd = position >= tokenOffsets[before] + Tokens[before].Folded.Length;
        return afterEnd ? Math.Min(before + 1, Tokens.Count - 1) : before;
    }

    /// <summary>The folded position where token <paramref name="index"/> starts.</summary>
    public int OffsetOf(int index) => index < tokenOffsets.Length ? tokenOffsets[index] : Text.Length;
}
