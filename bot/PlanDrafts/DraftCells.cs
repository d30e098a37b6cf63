using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>Small readers for one cell's text: lines, refs, section rows, scores, indices, evidence.</summary>
internal static partial class DraftCells
{
    /// <summary>A cell's lines as one line (titles and criteria are one sentence in the plan file).</summary>
    public static string OneLine(string text) => Spaces().Replace(text.Replace('\n', ' '), " ").Trim();

    /// <summary>"a)" → "a", "1.1." → "1.1", "2.a" stays.</summary>
    public static string CleanRef(string text) => OneLine(text).Trim().TrimEnd(')', '.', ':').TrimStart('(').Trim();

    /// <summary>A ref as the plan file writes it: a letter or a number under a section takes the section's number first.</summary>
    public static string ComposeRef(string cleaned, string? section)
    {
        if (section is null || cleaned.Contains('.', StringComparison.Ordinal) || cleaned == section)
        {
            return cleaned;
        }

        // Under a section, "a)" … "đ)" (or a short code such as "CL") continue the section's number.
        var isLetter = cleaned.Length <= 3 && cleaned.All(char.IsLetter);
        var isNumber = cleaned.All(char.IsAsciiDigit);
        return isLetter || (isNumber && cleaned.Length > 0) ? $"{section}.{cleaned}" : cleaned;
    }

    public static bool IsRoman(string text) => text.Length > 0 && text.All(c => "IVXLC".Contains(c, StringComparison.Ordinal));

    /// <summary>A section row's text: "1. Công tác chỉ đạo" → ("1", "Công tác chỉ đạo"); "II - CẢI CÁCH THỂ CHẾ" → ("II", ...).</summary>
    public static (string? Number, string Text) Section(string text)
    {
        var m = SectionNumber().Match(OneLine(text));
        return m.Success ? (m.Groups["n"].Value, m.Groups["t"].Value.Trim()) : (null, OneLine(text));
    }

    public static decimal? Number(string text)
    {
        var t = OneLine(text).Replace(" ", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(t, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value >= 0 ? value : null;
    }

    /// <summary>"0,40/0,50" or "0,4 / 0,5 điểm".</summary>
    public static Score? Score(string text)
    {
        var m = ScorePair().Match(text);
        return m.Success && Number(m.Groups["a"].Value) is { } a && Number(m.Groups["b"].Value) is { } b && b > 0 ? new Score(a, b) : null;
    }

    public static ReformIndex? Index(string text)
    {
        var f = TextFolding.Fold(text);
        return f.Contains("sipas", StringComparison.Ordinal) || f.Contains("hai long", StringComparison.Ordinal) ? ReformIndex.Sipas
            : f.Contains("papi", StringComparison.Ordinal) ? ReformIndex.Papi
            : f.Contains("pci", StringComparison.Ordinal) || f.Contains("nang luc canh tranh", StringComparison.Ordinal) ? ReformIndex.Pci
            : f.Contains("766", StringComparison.Ordinal) ? ReformIndex.Qd766
            : f.Contains("par", StringComparison.Ordinal) || f.Contains("chi so cchc", StringComparison.Ordinal) || f.Contains("cai cach hanh chinh", StringComparison.Ordinal) ? ReformIndex.ParIndex
            : null;
    }

    /// <summary>An evidence cell asks for proof unless it says there is none.</summary>
    public static bool Evidence(string text)
    {
        var f = TextFolding.Fold(text);
        return f.Length > 0 && f is not ("khong" or "0" or "false" or "no" or "khong can") && !f.StartsWith("khong yeu cau", StringComparison.Ordinal);
    }

    public static IReadOnlyList<string> Names(string text) =>
        [.. text.Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.TrimStart('-', '+', '•', ' ')).Where(n => n.Length > 0)];

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<n>(?:[IVXLC]+|\d+)(?:\.(?:[IVXLC]+|\d+|[a-zđ]))*|[a-zđ])\s*[.):\-–]?\s+(?<t>\S.*)$")]
    private static partial Regex SectionNumber();

    [GeneratedRegex(@"(?<a>\d+(?:[.,]\d+)?)\s*/\s*(?<b>\d+(?:[.,]\d+)?)")]
    private static partial Regex ScorePair();
}
