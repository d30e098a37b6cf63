using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Folds Vietnamese names so that the ways a document writes one unit compare equal: case, diacritics (đ → d),
/// "Ủy ban nhân dân" → "ubnd", "Hội đồng nhân dân" → "hdnd", "HĐND - UBND" / "HĐND và UBND" → "hdnd ubnd",
/// "TP." → "thanh pho", punctuation → one space.
/// </summary>
internal static partial class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Replace('đ', 'd');
        var decomposed = lower.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                plain.Append(c);
            }
        }

        var folded = plain.ToString();
        folded = UyBan().Replace(folded, "ubnd");
        folded = HoiDong().Replace(folded, "hdnd");
        folded = City().Replace(folded, "thanh pho ");
        folded = Town().Replace(folded, "thi xa ");
        folded = NonWord().Replace(folded, " ");
        folded = HdndUbnd().Replace(folded, "hdnd ubnd");
        return Spaces().Replace(folded, " ").Trim();
    }

    [GeneratedRegex(@"uy ban nhan dan")]
    private static partial Regex UyBan();

    [GeneratedRegex(@"hoi dong nhan dan")]
    private static partial Regex HoiDong();

    [GeneratedRegex(@"\btp\s*\.\s*|\btp\b\s*")]
    private static partial Regex City();

    [GeneratedRegex(@"\btx\s*\.\s*")]
    private static partial Regex Town();

    [GeneratedRegex(@"[^\p{L}\p{Nd}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"\bhdnd (va )?ubnd\b")]
    private static partial Regex HdndUbnd();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
