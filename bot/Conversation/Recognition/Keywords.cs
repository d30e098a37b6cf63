namespace ReformBot.Conversation.Recognition;

/// <summary>Whole-word keyword tests over a folded message, with the negations that cancel them.</summary>
internal static class Keywords
{
    public static readonly HashSet<string> Greetings = new(StringComparer.Ordinal)
    {
        "hi", "hello", "helo", "chao", "alo", "hey", "hallo", "xin chao", "hola",
    };

    /// <summary>Words that, just before a keyword, deny or postpone it: "chưa xong", "không vướng", "sắp hoàn thành".</summary>
    private static readonly string[] Negations =
        ["chua", "khong", "khong co", "khong co gi", "chang", "sap", "gan", "du kien", "se", "can", "het", "chua lam", "chua the", "khong phai", "mong", "muon"];

    public static bool HasAny(FoldedMessage m, params string[] phrases) => phrases.Any(m.Has);

    /// <summary>The first phrase found, with its position, or null.</summary>
    public static (string Phrase, int Index)? First(FoldedMessage m, params string[] phrases)
    {
        (string, int)? best = null;
        foreach (var phrase in phrases)
        {
            var index = m.IndexOf(phrase);
            if (index >= 0 && (best is null || index < best.Value.Item2))
            {
                best = (phrase, index);
            }
        }

        return best;
    }

    /// <summary>Whether a keyword occurs at least once without a negation in the two words before it or "chưa" right after it (a question).</summary>
    public static bool HasAffirmed(FoldedMessage m, params string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            for (var index = m.IndexOf(phrase); index >= 0; index = m.IndexOf(phrase, index + 1))
            {
                var before = m.Text[..index].TrimEnd();
                var after = m.Text[(index + phrase.Length)..].TrimStart();
                var negated = IsNegation(before) || (Fillers.Contains(LastWord(before)) && IsNegation(WithoutLastWord(before)));
                var question = after.StartsWith("chua", StringComparison.Ordinal) && (after.Length == 4 || after[4] == ' ');
                if (!negated && !question)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Words that may sit between a negation and its keyword: "chưa làm xong", "không bị vướng", "không gặp khó khăn".</summary>
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal) { "duoc", "lam", "co", "gap", "bi", "xong", "het", "thay", "con" };

    private static bool IsNegation(string before) =>
        Negations.Any(n => before == n || before.EndsWith(" " + n, StringComparison.Ordinal));

    private static string WithoutLastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? string.Empty : text[..space];
    }

    private static string LastWord(string text)
    {
        var space = text.LastIndexOf(' ');
        return space < 0 ? text : text[(space + 1)..];
    }
}
