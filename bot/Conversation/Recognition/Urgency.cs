namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Urgency words in folded text. "khẩn" folds like "khăn" ("khó khăn"), "gấp" like "gặp" (to meet), so the
/// neighbouring words decide.
/// </summary>
internal static class Urgency
{
    private static readonly HashSet<string> AlwaysUrgent = new(StringComparer.Ordinal) { "urgent", "asap", "khancap", "hoatoc" };

    /// <summary>Before "gặp" these mean meeting someone: "đi gặp", "hẹn gặp", "muốn gặp".</summary>
    private static readonly HashSet<string> MeetBefore = new(StringComparer.Ordinal) { "di", "hen", "muon", "xin", "den", "se", "gap", "tiep", "tro", "cuoc" };

    /// <summary>After "gặp" these are who is met: "gặp anh", "gặp lãnh đạo".</summary>
    private static readonly HashSet<string> MeetAfter = new(StringComparer.Ordinal)
    {
        "anh", "chi", "em", "ong", "ba", "lanh", "sep", "truong", "pho", "dong", "ban", "doan", "lai", "nhau", "mat", "truc", "kho", "van", "su", "phai", "loi",
    };

    /// <summary>After "khăn": a towel, a scarf; before it "khó": difficulty.</summary>
    private static readonly HashSet<string> NotKhanAfter = new(StringComparer.Ordinal) { "giay", "quang", "tam", "mat", "gia", "tho" };

    public static bool IsUrgent(FoldedMessage m)
    {
        var tokens = m.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            var previous = i > 0 ? tokens[i - 1].Folded : string.Empty;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Folded : string.Empty;
            if (AlwaysUrgent.Contains(word) || (word == "hoa" && next == "toc") || (word == "khan" && next == "cap"))
            {
                return true;
            }

            if (word == "khan" && previous != "kho" && !NotKhanAfter.Contains(next))
            {
                return true;
            }

            if (word == "gap" && !MeetBefore.Contains(previous) && !MeetAfter.Contains(next))
            {
                return true;
            }
        }

        return false;
    }
}
