using Humanizer;
using Humanizer.Localisation;

namespace ReformBot.Cards;

/// <summary>
/// How far a deadline is, in the words reminders use: "hôm nay đến hạn", "còn 3 ngày", "còn 1 ngày (ngày mai)",
/// "quá hạn 2 ngày", "quá hạn 1 ngày (hôm qua)". Counted in whole days between local dates; the numbers come from
/// Humanizer with the Vietnamese formatter, so reminders and other humanized texts agree.
/// </summary>
public static class DueDatePhrases
{
    public static string Describe(DateOnly due, DateOnly today)
    {
        VietnameseHumanizer.Register();
        var days = due.DayNumber - today.DayNumber;
        if (days == 0)
        {
            return "hôm nay đến hạn";
        }

        var amount = TimeSpan.FromDays(Math.Abs(days)).Humanize(culture: VietnameseHumanizer.Culture, maxUnit: TimeUnit.Day, minUnit: TimeUnit.Day);
        var prefix = days > 0 ? "còn " : "quá hạn ";
        if (Math.Abs(days) == 1)
        {
            // Humanizer says "ngày mai" / "hôm qua" for a one-day distance between dates.
            var relative = due.Humanize(today, VietnameseHumanizer.Culture);
            return $"{prefix}{amount} ({relative})";
        }

        return prefix + amount;
    }
}
