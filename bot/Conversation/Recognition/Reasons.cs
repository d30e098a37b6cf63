namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Where a reason starts: after "vì", "do", "lý do", ":", "tại (vì)", "bởi (vì)". "vị" in "đơn vị" and "độ" in "tiến độ" fold to the same
/// words, so the word before decides.
/// </summary>
internal static class Reasons
{
    private static readonly HashSet<string> NotAMarkerAfter = new(StringComparer.Ordinal)
    {
        "don", "tien", "muc", "nhiet", "dia", "che", "tham", "trinh", "thai", "quy", "cap", "toc",
    };

    /// <summary>"tại", "bởi" mean "because" after a verb of (not) doing: "chưa làm được tại thiếu người".</summary>
    private static readonly HashSet<string> BecauseAfter = new(StringComparer.Ordinal)
    {
        "duoc", "kip", "xong", "lam", "han", "nop", "gui", "dung", "cham", "tre", "muon", "nay", "the", "vay", "vuong", "chua",
    };

    /// <summary>"tại đây", "tại phòng", "tại sao": a place or a question, not a reason.</summary>
    private static readonly HashSet<string> NotAReasonAfterTai = new(StringComparer.Ordinal)
    {
        "day", "do", "sao", "phong", "xa", "so", "don", "cho", "nha", "co", "ubnd", "van", "tru", "hop", "thuong",
    };

    /// <summary>The index of the first reason marker at or after token <paramref name="from"/>, or -1.</summary>
    public static int MarkerAfter(FoldedMessage m, int from)
    {
        for (var i = Math.Max(0, from); i < m.Tokens.Count; i++)
        {
            var word = m.Tokens[i].Folded;
            var previous = i > 0 ? m.Tokens[i - 1].Folded : string.Empty;
            var next = i + 1 < m.Tokens.Count ? m.Tokens[i + 1].Folded : string.Empty;
            if (word is "tai" or "boi" && next == "vi")
            {
                return i + 1;
            }

            if (word is ":" || (word is "vi" or "do" && !NotAMarkerAfter.Contains(previous))
                || (word is "tai" or "boi" && BecauseAfter.Contains(previous) && next.Length > 0 && !NotAReasonAfterTai.Contains(next)))
            {
                return i;
            }
        }

        return -1;
    }
}
