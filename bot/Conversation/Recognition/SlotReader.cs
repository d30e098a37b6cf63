using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Plans;

namespace ReformBot.Conversation.Recognition;

/// <summary>Reads the slots that look the same whatever the intent: task refs, percentages, reports, indices, links, codes.</summary>
internal static partial class SlotReader
{
    public static string? TaskRef(FoldedMessage m)
    {
        var match = KeywordRef().Match(m.Text);
        if (!match.Success)
        {
            match = BareRef().Match(m.Text);
        }

        if (!match.Success)
        {
            return null;
        }

        var group = match.Groups["r"];
        return NormaliseRef(m.OriginalSlice(group.Index, group.Index + group.Length), group.Value);
    }

    /// <summary>
    /// The plan's spelling: a Roman head in capitals ("II.2"), one-letter parts in lower case ("2.a", "III.3.đ"), longer
    /// parts in capitals ("III.1.CL"); "2a" gets its dot.
    /// </summary>
    internal static string NormaliseRef(string original, string folded)
    {
        var source = original.Length == folded.Length ? original : folded;
        var parts = source.Split('.', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count == 1 && parts[0].Length >= 2 && char.IsAsciiDigit(parts[0][0]) && char.IsLetter(parts[0][^1]))
        {
            parts = [parts[0][..^1], parts[0][^1..]];
        }

        return string.Join('.', parts.Select((p, i) =>
            i == 0 && RomanHead().IsMatch(p) ? p.ToUpperInvariant()
            : p.Length == 1 || p.All(char.IsAsciiDigit) ? p.ToLowerInvariant()
            : p.ToUpperInvariant()));
    }

    /// <summary>Progress 0–100 in digits, words or a share of the work (see <see cref="VietnamesePercentParser"/>).</summary>
    public static int? Percent(FoldedMessage m)
    {
        var match = PercentSign().Match(m.Text);
        if (!match.Success)
        {
            return VietnamesePercentParser.Find(m.Text)
                ?? (PercentWord().Match(m.Text) is { Success: true } word && int.TryParse(word.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var w) && w <= 100 ? w : null);
        }

        return int.TryParse(match.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 100 ? p : null;
    }

    /// <summary>
    /// A task ref, also a bare "1.2" or "3" when the plan has that ref (<paramref name="planRefs"/>, as the plan writes
    /// them); without plan refs, as <see cref="TaskRef(FoldedMessage)"/>.
    /// </summary>
    public static string? TaskRef(FoldedMessage m, IReadOnlySet<string>? planRefs)
    {
        var found = TaskRef(m);
        if (found is not null || planRefs is null || planRefs.Count == 0)
        {
            return found;
        }

        foreach (var token in m.Tokens)
        {
            if (NumericRef().IsMatch(token.Folded) && planRefs.Contains(token.Folded))
            {
                return token.Folded;
            }
        }

        return null;
    }

    /// <summary>
    /// The slots every rule starts from (task ref, date, link), knowing the plan's refs so that "1.2" is the task
    /// when the plan has it and the date 1/2 otherwise.
    /// </summary>
    public static IntentSlots Common(FoldedMessage m, DateOnly today, IReadOnlySet<string>? planRefs = null) => new()
    {
        TaskRef = TaskRef(m, planRefs),
        Date = VietnameseDateParser.Find(m.Text, today, planRefs)?.Date,
        Url = Url(m),
    };

    /// <summary>"khẩn", "khẩn cấp", "hỏa tốc", "thượng khẩn", "gấp", "urgent", "asap" (not "khó khăn" nor "gặp anh").</summary>
    public static bool Urgent(FoldedMessage m) => Urgency.IsUrgent(m);

    /// <summary>What follows "vì", "do", "tại (vì)", "bởi (vì)", "lý do:": "chưa làm được vì thiếu kinh phí" → "thiếu kinh phí".</summary>
    public static string? Reason(FoldedMessage m)
    {
        var marker = Reasons.MarkerAfter(m, 0);
        return marker < 0 ? null : PhraseReader.Rest(m, marker + 1);
    }

    public static ReportMention? Report(FoldedMessage m)
    {
        var match = ReportPattern().Match(m.Text);
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["k"].Value switch
        {
            "thang" => ReportKind.Monthly,
            "quy" => ReportKind.Quarterly,
            "6 thang" or "sau thang" => ReportKind.Semiannual,
            "9 thang" or "chin thang" => ReportKind.NineMonth,
            _ => ReportKind.Annual,
        };
        var n = match.Groups["n"].Value;
        int? period = n.Length == 0 ? null
            : RomanHead().IsMatch(n) ? RomanValue(n)
            : VietnameseNumbers.TryParse(n, out var v) ? v : null;
        return new ReportMention(kind, period);
    }

    public static ReformIndex? Index(FoldedMessage m)
    {
        var match = IndexPattern().Match(m.Text);
        return !match.Success ? null : match.Value switch
        {
            "sipas" or "chi so hai long" => ReformIndex.Sipas,
            "papi" => ReformIndex.Papi,
            "pci" => ReformIndex.Pci,
            "par" or "par index" or "parindex" or "cchc" or "chi so cai cach hanh chinh" => ReformIndex.ParIndex,
            _ => ReformIndex.Qd766,
        };
    }

    public static string? Url(FoldedMessage m)
    {
        var token = m.Tokens.FirstOrDefault(t => t.Folded.StartsWith("http", StringComparison.Ordinal) || t.Folded.StartsWith("www.", StringComparison.Ordinal));
        return token is null ? null : m.Original[token.Start..token.End];
    }

    public static string? Code(FoldedMessage m)
    {
        var match = SixDigits().Match(m.Text);
        return match.Success ? match.Value : null;
    }

    private static int? RomanValue(string roman) => roman switch
    {
        "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9, "x" => 10, "xi" => 11, "xii" => 12,
        _ => null,
    };

    [GeneratedRegex(@"(?<![^ ])(?:nhiem vu|giai phap|muc|task)(?: so)? (?<r>[ivx]{1,4}(?:\.[0-9a-z]{1,3})+|\d{1,2}(?:\.\d{1,2})*(?:\.?[a-z])?(?:\.[a-z]{1,3})?)(?![^ ])")]
    private static partial Regex KeywordRef();

    [GeneratedRegex(@"(?<![^ ])(?<r>\d{1,2}(?:\.\d{1,2})?\.[a-z]|\d{1,2}[a-e]|[ivx]{1,4}\.\d{1,2}(?:\.[0-9a-z]{1,3})*)(?![^ ])")]
    private static partial Regex BareRef();

    [GeneratedRegex(@"^\d{1,2}(?:\.\d{1,2}){0,2}$")]
    private static partial Regex NumericRef();

    [GeneratedRegex("^[ivxIVX]{1,4}$")]
    private static partial Regex RomanHead();

    [GeneratedRegex(@"(?<![^ ])(?<p>\d{1,3})%")]
    private static partial Regex PercentSign();

    [GeneratedRegex(@"(?<![^ ])(?:duoc|dat|tien do|khoang|tam|lam duoc|xong|hoan thanh|len|toi) (?<p>\d{1,3})(?![^ ])(?! (?:ngay|thang|tuan|gio|tieng|nam|phut|h|nguoi|don vi|van ban|ho so|muc|nhiem vu))")]
    private static partial Regex PercentWord();

    [GeneratedRegex(@"(?<![^ ])bao cao (?:dinh ky |cchc |cai cach hanh chinh )?(?<k>6 thang|sau thang|9 thang|chin thang|thang|quy|nam)(?: (?<n>\d{1,4}|[ivx]{1,4}|mot|hai|ba|bon)(?![^ ]))?")]
    private static partial Regex ReportPattern();

    [GeneratedRegex(@"(?<![^ ])(?:par index|parindex|par|sipas|papi|pci|qd ?766|766|cchc|chi so cai cach hanh chinh|chi so hai long)(?![^ ])")]
    private static partial Regex IndexPattern();

    [GeneratedRegex(@"(?<![^ ])\d{6}(?![^ ])")]
    private static partial Regex SixDigits();
}
