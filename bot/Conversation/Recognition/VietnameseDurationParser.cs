using System.Text.RegularExpressions;

namespace ReformBot.Conversation.Recognition;

/// <summary>How long to wait, for a snooze: "sau 2 ngày", "2 tiếng nữa", "1 tuần", "nửa tiếng". A month counts 30 days.</summary>
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

        if (HalfHour().IsMatch(folded))
        {
            duration = TimeSpan.FromMinutes(30);
            return true;
        }

        var m = Amount().Match(folded);
        if (!m.Success || !VietnameseNumbers.TryParse(m.Groups["n"].Value, out var n) || n is <= 0 or > 1000)
        {
            return false;
        }

        // "14h", "2 giờ" alone are clock times ("họp lúc 14h"); as a wait they need "sau" or "nữa".
        if (m.Groups["unit"].Value is "h" or "gio" && !m.Groups["after"].Success && !m.Groups["tail"].Success)
        {
            return false;
        }

        duration = m.Groups["unit"].Value switch
        {
            "phut" => TimeSpan.FromMinutes(n),
            "tieng" or "gio" or "h" => TimeSpan.FromHours(n),
            "tuan" => TimeSpan.FromDays(7 * n),
            "thang" => TimeSpan.FromDays(30 * n),
            _ => TimeSpan.FromDays(n),
        };
        return true;
    }

    [GeneratedRegex(@"(?<![^ ])(?<after>sau |them )?(?<n>" + VietnameseNumbers.Pattern + @") ?(?<unit>phut|tieng|gio|h|ngay|tuan|thang)(?<tail> nua| toi)?(?![^ ])")]
    private static partial Regex Amount();

    [GeneratedRegex(@"(?<![^ ])nua (?:tieng|gio)(?![^ ])")]
    private static partial Regex HalfHour();
}
