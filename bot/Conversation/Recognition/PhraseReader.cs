namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Cuts the free-text slots (unit, officer, reason, a broadcast's body) out of the original message, token by
/// token, so that "phòng Nội vụ" comes back as typed.
/// </summary>
internal static class PhraseReader
{
    private static readonly string[] UnitStarters =
        ["phong", "xa", "phuong", "thi tran", "huyen", "thi xa", "thanh pho", "so", "ubnd", "uy ban", "don vi", "van phong", "trung tam", "chi cuc", "cuc", "vp"];

    /// <summary>After a unit word, these mean it was not a unit at all: "đơn vị nào", "số liệu", "xã mình".</summary>
    private static readonly HashSet<string> NotAUnit = new(StringComparer.Ordinal)
    {
        "nao", "gi", "minh", "toi", "em", "lieu", "luong", "ngay", "nay", "do", "kia", "khac", "?", ",", ".", ":", "!",
    };

    /// <summary>Words that end a unit's name: what the sentence says next.</summary>
    private static readonly HashSet<string> EndsAPhrase = new(StringComparer.Ordinal)
    {
        "?", ",", ".", "!", ":", ";", "(", ")", "thang", "quy", "tuan", "da", "chua", "bao", "tien", "qua", "tre", "sap", "nhiem",
        "ve", "nop", "lam", "hoan", "nhe", "nha", "di", "giup", "voi", "nhanh", "gap", "khan", "la", "sao", "nhu", "den", "truoc",
        "hom", "ngay", "nhi", "cho", "trong",
    };

    private static readonly HashSet<string> Courtesy = new(StringComparer.Ordinal) { "giup", "ho", "dum", "gium", "lai", "cho", "toi", "em", "minh", "cai", "voi" };

    /// <summary>A unit named in the message: "danh sách quá hạn phòng nội vụ" → "phòng nội vụ".</summary>
    public static string? Unit(FoldedMessage m, int fromToken = 0)
    {
        var tokens = m.Tokens;
        for (var i = fromToken; i < tokens.Count; i++)
        {
            var width = StarterWidth(tokens, i);
            if (width == 0 || i + width >= tokens.Count || NotAUnit.Contains(tokens[i + width].Folded))
            {
                continue;
            }

            var end = i + width;
            while (end < tokens.Count && end - i < 8 && !EndsAPhrase.Contains(tokens[end].Folded))
            {
                end++;
            }

            return end > i + width ? Slice(m, i, end) : null;
        }

        return null;
    }

    /// <summary>Who to nudge: the words after "nhắc"/"đôn đốc", without "giúp"/"hộ", up to what is asked of them.</summary>
    public static string? Officer(FoldedMessage m, int afterToken)
    {
        var start = afterToken;
        while (start < m.Tokens.Count && Courtesy.Contains(m.Tokens[start].Folded))
        {
            start++;
        }

        var end = start;
        while (end < m.Tokens.Count && end - start < 8 && !EndsAPhrase.Contains(m.Tokens[end].Folded) && !m.Tokens[end].Folded.StartsWith("nhiem vu", StringComparison.Ordinal))
        {
            end++;
        }

        return end > start ? Slice(m, start, end) : null;
    }

    /// <summary>The rest of the message after token <paramref name="afterToken"/>, leading ":", "-", "do", "vì" skipped.</summary>
    public static string? Rest(FoldedMessage m, int afterToken)
    {
        var start = afterToken;
        while (start < m.Tokens.Count && m.Tokens[start].Folded is ":" or "," or "-" or "." or "la" or "do" or "vi" or "o" or "boi" or "tai" or "la do")
        {
            start++;
        }

        return start < m.Tokens.Count ? Slice(m, start, m.Tokens.Count) : null;
    }

    /// <summary>The index of the first token at or after <paramref name="from"/> whose folded form is one of <paramref name="words"/>.</summary>
    public static int FindToken(FoldedMessage m, int from, params string[] words)
    {
        for (var i = Math.Max(0, from); i < m.Tokens.Count; i++)
        {
            if (words.Contains(m.Tokens[i].Folded))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The token after the phrase found at folded position <paramref name="index"/>.</summary>
    public static int TokenAfter(FoldedMessage m, int index, string phrase) => m.TokenAt(index + phrase.Length - 1) + 1;

    private static int StarterWidth(IReadOnlyList<TextToken> tokens, int i)
    {
        foreach (var starter in UnitStarters)
        {
            var words = starter.Split(' ');
            if (i + words.Length <= tokens.Count && words.Select((w, k) => tokens[i + k].Folded == w).All(x => x))
            {
                return words.Length;
            }
        }

        return 0;
    }

    private static string Slice(FoldedMessage m, int first, int endExclusive) =>
        m.Original[m.Tokens[first].Start..m.Tokens[endExclusive - 1].End].Trim();
}
