namespace ReformBot.Conversation.Recognition;

/// <summary>
/// What the form of a message says regardless of its words: a question, a thanks, a negated approval, a "xong" about
/// the future or about a part. These override the classifier, because a misreading of them would change state.
/// </summary>
internal static class MessageCues
{
    private static readonly string[] QuestionPhrases =
        ["bao gio", "may gio", "khi nao", "luc nao", "nhu the nao", "the nao", "lam sao", "ra sao", "co phai", "bao nhieu", "o dau", "tai sao", "vi sao", "sao chua", "phai khong", "dung khong", "co khong", "hay chua", "toi dau", "den dau", "dau roi"];

    /// <summary>Particles that may close a question after "chưa"/"không": "xong chưa ạ", "nộp chưa vậy".</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "a", "vay", "nhi", "nhe", "ha", "the", "em", "anh", "chi", "ban", "bot", "oi", "day", "ta", ".", "!" };

    private static readonly string[] ThanksStarts = ["cam on", "tks", "cam ta", "thank you", "thankyou", "ty"];

    /// <summary>Requests politely put as questions: "dời hạn sang thứ 6 được không?" asks for something, it does not ask about it.</summary>
    private static readonly string[] PoliteRequestEnds = ["duoc khong", "duoc ko", "nhe", "nha", "duoc chu", "voi", "giup em", "giup"];

    /// <summary>More letters outside the Latin script (Vietnamese included) than inside it: "Привет", "你好".</summary>
    public static bool IsMostlyOtherScript(string text)
    {
        var (latin, other) = (0, 0);
        foreach (var c in text)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (c < '\u0250' || c is >= '\u1E00' and <= '\u1EFF')
            {
                latin++;
            }
            else
            {
                other++;
            }
        }

        return other > latin;
    }

    public static bool IsQuestion(FoldedMessage m)
    {
        // A link's "?id=7" asks nothing.
        var hasMark = m.Tokens.Any(t => t.Folded.Contains('?', StringComparison.Ordinal) && !t.Folded.StartsWith("http", StringComparison.Ordinal) && !t.Folded.StartsWith("www.", StringComparison.Ordinal));
        if (hasMark || QuestionPhrases.Any(m.Has))
        {
            return true;
        }

        var words = m.Tokens.Select(t => t.Folded).ToList();
        while (words.Count > 1 && Particles.Contains(words[^1]))
        {
            words.RemoveAt(words.Count - 1);
        }

        return words.Count > 1 && (words[^1] is "chua" or "khong" or "ko" or "k" or "hem" || (words[^1] == "hong" && !IsBroken(m, words)));
    }

    /// <summary>"máy chủ hỏng", "bị hong": broken, not the question particle "hông".</summary>
    private static bool IsBroken(FoldedMessage m, List<string> words)
    {
        var last = m.Tokens[words.Count - 1];
        var original = m.Original[last.Start..last.End].ToLowerInvariant();
        return original.Contains('ỏ', StringComparison.Ordinal)
            || words[^2] is "bi" or "da" or "lai" or "hu" or "mem" or "chu" or "tinh" or "in" or "may" or "mang" or "xe" or "dien" or "chieu" or "hoa" or "scan";
    }

    public static bool IsPoliteRequest(FoldedMessage m)
    {
        var words = m.Tokens.Select(t => t.Folded).ToList();
        while (words.Count > 1 && (Particles.Contains(words[^1]) || words[^1] == "?"))
        {
            words.RemoveAt(words.Count - 1);
        }

        var text = string.Join(' ', words);
        return PoliteRequestEnds.Any(end => text.EndsWith(" " + end, StringComparison.Ordinal)) && !QuestionPhrases.Any(m.Has);
    }

    public static bool IsThanks(FoldedMessage m) =>
        ThanksStarts.Any(t => m.Text == t || m.Text.StartsWith(t + " ", StringComparison.Ordinal))
        || (m.Tokens.Count <= 4 && (m.Has("cam on") || m.Has("tks")));

    /// <summary>"chưa đồng ý", "không duyệt": an approval word under a negation.</summary>
    public static bool DeniesApproval(FoldedMessage m) =>
        Keywords.HasAny(m, "dong y", "duyet", "chap thuan", "chap nhan", "cho phep", "phe duyet")
        && !Keywords.HasAffirmed(m, "dong y", "duyet", "chap thuan", "chap nhan", "cho phep", "phe duyet");

    /// <summary>
    /// "ok anh đồng ý cho em lùi 2.b sang 10/12": an affirmed approval of a postponement, not a request for one (not
    /// "xin ...", not a question nor a polite request such as "anh đồng ý cho em lùi nhé?").
    /// </summary>
    public static bool GrantsExtension(FoldedMessage m) =>
        Keywords.HasAffirmed(m, "dong y", "duyet", "chap thuan", "phe duyet", "cho phep")
        && !m.Has("xin") && !IsQuestion(m) && !IsPoliteRequest(m);

    /// <summary>"không cần nhắc nữa", "đừng nhắc", "thôi khỏi nhắc": not a snooze, whatever else the words say.</summary>
    public static bool StopsReminders(FoldedMessage m) =>
        Keywords.HasAny(m, "khong can nhac", "dung nhac", "khoi nhac", "thoi nhac", "ngung nhac", "dung nhac nua", "khong nhac nua", "bo nhac", "tat nhac")
        && !Keywords.HasAny(m, "mai nhac", "nhac sau", "nhac lai sau", "sau nhac", "tuan sau nhac", "nhac em vao", "nhac lai vao");

    /// <summary>
    /// A "xong" that is not done now: denied ("chưa xong"), in the future ("chắc thứ 6 xong", "sẽ xong", a date after
    /// today) or about a part ("xong phần 1", "xong một nửa").
    /// </summary>
    public static bool DoneIsNotNow(FoldedMessage m, DateOnly? date, DateOnly today)
    {
        string[] done = ["xong", "hoan thanh", "hoan tat", "done"];
        if (!Keywords.HasAny(m, done))
        {
            return false;
        }

        if (!Keywords.HasAffirmed(m, done) || SlotReader.Percent(m) is < 100)
        {
            return true;
        }

        if (Keywords.HasAny(m, "chac", "se", "du kien", "hy vong", "co le", "moi xong mot", "con chut", "con mot chut", "mong la", "kip xong", "kip hoan thanh", "cho kip", "truoc ngay", "han la", "nua moi xong", "nua moi hoan thanh", "nua thi xong", "nua la xong"))
        {
            return true;
        }

        if (Keywords.HasAny(m, "xong phan", "xong buoc", "xong mot nua", "xong nua", "xong mot phan", "xong dot", "xong giai doan", "xong du thao", "mot nua", "xong duoc mot", "phan 1", "buoc 1", "buoc 2", "dang trinh", "trinh lanh dao", "cho lanh dao ky", "cho ky", "cho duyet"))
        {
            return true;
        }

        return date is { } d && d > today && Keywords.HasAny(m, "thu", "ngay", "tuan", "thang", "mai", "mot", "cuoi", "dau", "truoc");
    }
}
