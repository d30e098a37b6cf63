namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Where a reason starts: after "vì", "do", "lý do", ":". "vị" in "đơn vị" and "độ" in "tiến độ" fold to the same
/// words, so the word before decides.
/// </summary>
internal static class Reasons
{
    private static readonly HashSet<string> NotAMarkerAfter = new(StringComparer.Ordinal)
    {
        "don", "tien", "muc", "nhiet", "dia", "che", "tham", "trinh", "thai", "quy", "cap", "toc",
    };

    /// <summary>The index of the first reason marker at or after token <paramref name="from"/>, or -1.</summary>
    public static int MarkerAfter(FoldedMessage m, int from)
    {
        for (var i = Math.Max(0, from); i < m.Tokens.Count; i++)
        {
            var word = m.Tokens[i].Folded;
            var previous = i > 0 ? m.Tokens[i - 1].Folded : string.Empty;
            if (word is ":" || (word is "vi" or "do" && !NotAMarkerAfter.Contains(previous)))
            {
                return i;
            }
        }

        return -1;
    }
}
