using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Progress as officers write it, in folded text: "70%", "70 phần trăm", "bảy mươi phần trăm", "được bay muoi",
/// "tám chục", "được một nửa" (50), "xong 3/4" (75), "3/4 khối lượng", "một phần ba" (33), "hai phần ba" (67).
/// A bare number counts only after a progress word ("được", "đạt", "tiến độ", "xong") and not before a unit
/// ("được 2 ngày"); "nửa" only as a share of the work, not "nửa tháng" nor "nữa" (more).
/// </summary>
internal static partial class VietnamesePercentParser
{
    private const string NotAfterAmount = @"(?! (?:ngay|hom|thang|tuan|gio|tieng|nam|phut|h|nguoi|don vi|van ban|ho so|muc|nhiem vu|viec|lan|cai|bo|trang|ban|ty|trieu|nghin|ngan))";

    public static int? Find(string folded)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            foreach (Match m in rule.Pattern.Matches(folded))
            {
                if (rule.Read(m) is { } value and >= 0 and <= 100)
                {
                    return value;
                }
            }
        }

        return null;
    }

    private static readonly (Regex Pattern, Func<Match, int?> Read)[] Rules =
    [
        (Sign(), m => Number(m.Groups["p"].Value)),
        (Words(), m => Number(m.Groups["p"].Value)),
        (Fraction(), m => Share(m.Groups["a"].Value, m.Groups["b"].Value)),
        (FractionWords(), m => Share(m.Groups["a"].Value, m.Groups["b"].Value)),
        (AfterProgress(), m => Number(m.Groups["p"].Value)),
        (Half(), _ => 50),
        (Tens(), m => Number(m.Groups["p"].Value)),
    ];

    private static int? Number(string text) => VietnameseNumbers.TryParse(text, out var n) ? n : null;

    private static int? Share(string numerator, string denominator)
    {
        var b = denominator switch
        {
            "tu" => 4,
            _ when VietnameseNumbers.TryParse(denominator, out var d) => d,
            _ => 0,
        };
        if (!VietnameseNumbers.TryParse(numerator, out var a) || b is < 2 or > 10 || a < 1 || a > b)
        {
            return null;
        }

        return (int)Math.Round(100.0 * a / b, MidpointRounding.AwayFromZero);
    }

    [GeneratedRegex(@"(?<![^ ])(?<p>\d{1,3}) ?%")]
    private static partial Regex Sign();

    [GeneratedRegex(@"(?<![^ ])(?<p>" + VietnameseNumbers.Pattern + @") (?:%|phan tram|pt)(?![^ ])")]
    private static partial Regex Words();

    // "3/4" is a share only next to a word of progress or of work; otherwise it is a date (3 April).
    [GeneratedRegex(@"(?:(?<![^ ])(?:duoc|dat|tien do|khoang|xong|hoan thanh|lam duoc|moi|chung) (?<a>\d{1,2})/(?<b>\d{1,2})(?![^ ])|(?<![^ ])(?<a>\d{1,2})/(?<b>\d{1,2}) (?:khoi luong|cong viec|ke hoach|tien do|roi)(?![^ ]))")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(?<![^ ])(?<a>mot|hai|ba|bon|\d) phan (?<b>hai|ba|tu|bon|nam|muoi|\d{1,2})(?![^ ])")]
    private static partial Regex FractionWords();

    [GeneratedRegex(@"(?<![^ ])(?:duoc|dat|tien do|khoang|tam|lam duoc|xong|hoan thanh|len|toi|moi) (?<p>(?:mot )?tram|(?:mot|hai|ba|bon|nam|sau|bay|tam|chin) (?:muoi|chuc)(?: (?:mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin))?|muoi(?: (?:mot|hai|ba|bon|nam|lam|sau|bay|tam|chin))?)(?![^ ])" + NotAfterAmount)]
    private static partial Regex AfterProgress();

    [GeneratedRegex(@"(?:(?<![^ ])(?:duoc|dat|xong|lam duoc|hoan thanh|tien do|khoang|mot|qua|chung|moi) nua|(?<![^ ])nua (?:chang|khoi luong|cong viec|roi))(?![^ ])(?! (?:tieng|gio|ngay|hom|tuan|thang|nam|buoi|phut))")]
    private static partial Regex Half();

    [GeneratedRegex(@"(?<![^ ])(?<p>(?:hai|ba|bon|nam|sau|bay|tam|chin) chuc)(?: (?:roi|nhe|a|r))?(?![^ ])" + NotAfterAmount)]
    private static partial Regex Tens();
}
