using System.Text.RegularExpressions;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// How long to wait, for a snooze or an extension: "sau 2 ngày", "2 tiếng nữa", "thêm 1 tuần", "2 hôm nữa",
/// "mười lăm ngày", "nửa tháng", "nửa tiếng", "1 tuần rưỡi". A month counts 30 days, half a month 15.
/// </summary>
public static partial class VietnameseDurationParser
{
    public static bool TryParse(string? foldedOrRawText, out TimeSpan duration)
    {
        duration = default;
        var folded = VietnameseText.Fold(foldedOrRawText);
        if (folded.Length == 0)
        {
            return false;
        }

        var half = Half().Match(folded);
        if (half.Success)
        {
            duration = Unit(half.Groups["unit"].Value, 1) / 2;
            return true;
        }

        foreach (Match m in Amount().Matches(folded))
        {
            if (!VietnameseNumbers.TryParse(m.Groups["n"].Value, out var n) || n is <= 0 or > 1000)
            {
                continue;
            }

            // "14h", "2 giờ" alone are clock times ("họp lúc 14h"); as a wait they need "sau", "thêm" or "nữa".
            if (m.Groups["unit"].Value is "h" or "gio" && !m.Groups["after"].Success && !m.Groups["tail"].Success)
            {
                continue;
            }

            duration = Unit(m.Groups["unit"].Value, n) + (m.Groups["half"].Success ? Unit(m.Groups["unit"].Value, 1) / 2 : TimeSpan.Zero);
            return true;
        }

        return false;
    }

    private static TimeSpan Unit(string unit, int n) => unit switch
    {
        "phut" => TimeSpan.FromMinutes(n),
        "tieng" or "gio" or "h" => TimeSpan.FromHours(n),
        "tuan" => TimeSpan.FromDays(7 * n),
        "thang" => TimeSpan.FromDays(30 * n),
        _ => TimeSpan.FromDays(n),
    };

    [GeneratedRegex(@"(?<![^ ])(?<after>sau |them |khoang |tam |gia han |lui |doi |hoan )?(?<n>" + VietnameseNumbers.Pattern + @") ?(?<unit>phut|tieng|gio|h|ngay|hom|tuan|thang)(?<half> ruoi)?(?<tail> nua| toi| sau)?(?![^ ])")]
    private static partial Regex Amount();

    // "nửa tháng", "thêm nửa tuần"; "nữa" (more) folds the same, so the unit must follow: "2 hôm nữa" is not a half.
    [GeneratedRegex(@"(?<![^ ])(?:mot )?nua (?<unit>tieng|gio|ngay|tuan|thang)(?![^ ])")]
    private static partial Regex Half();
}
