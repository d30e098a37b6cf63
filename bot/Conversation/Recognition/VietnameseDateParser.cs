using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Finds a date in what an officer wrote, relative to their local date (Asia/Ho_Chi_Minh; the caller passes it, the
/// parser never reads the clock). Choices, so that replies are predictable:
/// <list type="bullet">
/// <item>"20/12" without a year is this year's date when it is today, later, or at most 60 days ago (an officer
/// mentioning a recent deadline); otherwise next year's ("5/1" written in December).</item>
/// <item>"thứ sáu", "t6", "chủ nhật": the next such day, today excluded; "thứ 6 tuần sau": that day in next week
/// (weeks start on Monday); "tuần sau": Monday of next week.</item>
/// <item>"cuối tuần": Friday of this week, the last working day (next week's Friday on Saturday or Sunday);
/// "cuối tháng": the last day of this month; "đầu tháng sau": the 1st of next month; "cuối năm": 31/12.</item>
/// <item>"mốt" folds to "mot", which is also "một" (one): it is read as a date only when no unit word follows.</item>
/// <item>"giữa tháng": the 15th, "đầu tháng": the 1st (Civil Code 2015, Art. 146), of this month while still ahead,
/// otherwise of next month; "ngày 15 tháng sau": the 15th of next month; "tháng mười một", "đến tháng 11": the last
/// day of that month ("đầu/giữa tháng 11": its 1st/15th), this year unless already past.</item>
/// <item>"1.2" after "nhiệm vụ", "nv", "mục", "giải pháp" is a task reference, not 1 February; so is a bare "1.2"
/// when the caller says the plan has that ref (<see cref="TryParse(string?, DateOnly, IReadOnlySet{string}?, out DateOnly)"/>).
/// A fraction of the work ("được 3/4") is not a date either.</item>
/// <item>Impossible dates ("31/02") are not dates.</item>
/// </list>
/// </summary>
public static partial class VietnameseDateParser
{
    /// <summary>Looks for a date anywhere in <paramref name="foldedOrRawText"/>.</summary>
    public static bool TryParse(string? foldedOrRawText, DateOnly today, out DateOnly date)
    {
        var match = Find(VietnameseText.Fold(foldedOrRawText), today);
        date = match?.Date ?? default;
        return match is not null;
    }

    /// <summary>
    /// Like <see cref="TryParse(string?, DateOnly, out DateOnly)"/>, knowing the plan's task refs: a bare "1.2" is the
    /// task 1.2 when <paramref name="taskRefs"/> holds it (compared as the plan writes refs), and a date otherwise.
    /// </summary>
    public static bool TryParse(string? foldedOrRawText, DateOnly today, IReadOnlySet<string>? taskRefs, out DateOnly date)
    {
        var match = Find(VietnameseText.Fold(foldedOrRawText), today, taskRefs);
        date = match?.Date ?? default;
        return match is not null;
    }

    /// <summary>The first date in already folded text, by the rules' order of precedence.</summary>
    internal static DateMatch? Find(string folded, DateOnly today) => Find(folded, today, null);

    /// <summary>The first date in already folded text, skipping what reads as one of <paramref name="taskRefs"/>.</summary>
    internal static DateMatch? Find(string folded, DateOnly today, IReadOnlySet<string>? taskRefs)
    {
        if (string.IsNullOrEmpty(folded))
        {
            return null;
        }

        foreach (var (pattern, resolve) in Rules)
        {
            foreach (Match m in pattern.Matches(folded))
            {
                if (pattern == NumericDatePattern && NotADate(folded, m, taskRefs))
                {
                    continue;
                }

                var date = resolve(m, today);
                if (date is not null)
                {
                    return new DateMatch(date.Value, m.Index, m.Length);
                }
            }
        }

        return null;
    }

    private static readonly Regex NumericDatePattern = NumericDate();

    private static readonly (Regex Pattern, Func<Match, DateOnly, DateOnly?> Resolve)[] Rules =
    [
        (NumericDatePattern, (m, today) => Build(today, m.Groups["d"].Value, m.Groups["m"].Value, m.Groups["y"].Value)),
        (WordDate(), (m, today) => Build(today, m.Groups["d"].Value, MonthNumber(m.Groups["m"].Value), m.Groups["y"].Value)),
        (DayOfRelativeMonth(), ResolveDayOfRelativeMonth),
        (MonthAlone(), ResolveMonthAlone),
        (Weekday(), ResolveWeekday),
        (Relative(), ResolveRelative),
        (Offset(), ResolveOffset),
        (DayOfMonth(), ResolveDayOfMonth),
        (DayAfterTomorrow(), (_, today) => today.AddDays(2)),
    ];

    /// <summary>
    /// A numeric match that is a task reference ("nhiệm vụ 1.2", or "1.2" the plan has) or a share of the work
    /// ("được 3/4", "3/4 khối lượng") rather than a date.
    /// </summary>
    private static bool NotADate(string folded, Match m, IReadOnlySet<string>? taskRefs)
    {
        var before = folded[..m.Index].TrimEnd();
        var after = folded[(m.Index + m.Length)..].TrimStart();
        var separator = m.Groups["sep"].Value;
        var text = $"{m.Groups["d"].Value}{separator}{m.Groups["m"].Value}";
        if (separator == "." && m.Groups["y"].Length == 0 && !m.Value.StartsWith("ngay ", StringComparison.Ordinal)
            && (RefKeywordBefore().IsMatch(before) || (taskRefs?.Contains(text) ?? false)))
        {
            return true;
        }

        return separator == "/" && m.Groups["y"].Length == 0 && m.Value.Length == text.Length
            && int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) < int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture)
            && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) <= 10
            && (ProgressBefore().IsMatch(before) || WorkAfter().IsMatch(after));
    }

    /// <summary>A month as digits or words ("11", "muoi mot", "tu"); empty when it is none.</summary>
    private static string MonthNumber(string text) => text switch
    {
        "gieng" => "1",
        _ when VietnameseNumbers.TryParse(text, out var n) => n.ToString(CultureInfo.InvariantCulture),
        _ => "0",
    };

    private static DateOnly? ResolveDayOfRelativeMonth(Match m, DateOnly today)
    {
        if (!VietnameseNumbers.TryParse(m.Groups["d"].Value, out var d) || d is < 1 or > 31)
        {
            return null;
        }

        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(m.Groups["rel"].Value == "nay" ? 0 : 1);
        return d <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, d) : null;
    }

    private static DateOnly? ResolveMonthAlone(Match m, DateOnly today)
    {
        if (!int.TryParse(MonthNumber(m.Groups["m"].Value), CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return null;
        }

        var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : today.Year;
        if (year is < 2000 or > 2100)
        {
            return null;
        }

        if (!m.Groups["y"].Success && month < today.Month)
        {
            year++;
        }

        return m.Groups["pos"].Value switch
        {
            "dau" => new DateOnly(year, month, 1),
            "giua" => new DateOnly(year, month, 15),
            _ => new DateOnly(year, month, DateTime.DaysInMonth(year, month)),
        };
    }

    private static DateOnly? Build(DateOnly today, string day, string month, string year)
    {
        if (!VietnameseNumbers.TryParse(day, out var d) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m))
        {
            return null;
        }

        if (m is < 1 or > 12 || d < 1 || d > 31)
        {
            return null;
        }

        if (year.Length > 0)
        {
            var y = int.Parse(year, CultureInfo.InvariantCulture);
            y = year.Length == 2 ? 2000 + y : y;
            return y is >= 2000 and <= 2100 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
        }

        // No year: this year's date unless it is more than 60 days gone (then next year's). 29/02 in a year without it is no date.
        if (d > DateTime.DaysInMonth(today.Year, m))
        {
            return d <= DateTime.DaysInMonth(today.Year + 1, m) && today.Year % 4 == 3 ? new DateOnly(today.Year + 1, m, d) : null;
        }

        var candidate = new DateOnly(today.Year, m, d);
        return candidate.DayNumber >= today.DayNumber - 60 ? candidate : candidate.AddYears(1);
    }

    private static DateOnly? ResolveWeekday(Match m, DateOnly today)
    {
        var day = WeekdayOf(m.Groups["w"].Value);
        var week = m.Groups["week"].Value;
        if (week is "sau" or "toi")
        {
            return MondayOf(today).AddDays(7 + ((int)day + 6) % 7);
        }

        var ahead = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(ahead == 0 ? 7 : ahead);
    }

    private static DayOfWeek WeekdayOf(string word) => word switch
    {
        "hai" or "2" => DayOfWeek.Monday,
        "ba" or "3" => DayOfWeek.Tuesday,
        "tu" or "4" => DayOfWeek.Wednesday,
        "nam" or "5" => DayOfWeek.Thursday,
        "sau" or "6" => DayOfWeek.Friday,
        "bay" or "7" => DayOfWeek.Saturday,
        _ => DayOfWeek.Sunday,
    };

    private static DateOnly? ResolveRelative(Match m, DateOnly today)
    {
        var monday = MondayOf(today);
        var endOfMonth = new DateOnly(today.Year, today.Month, DateTime.DaysInMonth(today.Year, today.Month));
        var nextMonth = endOfMonth.AddDays(1);
        return m.Value switch
        {
            "hom nay" or "trong ngay" => today,
            "ngay mai" or "mai" or "sang mai" or "chieu mai" => today.AddDays(1),
            "ngay kia" or "ngay mot" => today.AddDays(2),
            "cuoi tuan" or "cuoi tuan nay" => today.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? monday.AddDays(11) : monday.AddDays(4),
            "cuoi tuan sau" or "cuoi tuan toi" => monday.AddDays(11),
            "tuan sau" or "tuan toi" or "dau tuan sau" or "dau tuan toi" => monday.AddDays(7),
            "cuoi thang" or "cuoi thang nay" => endOfMonth,
            "cuoi thang sau" or "cuoi thang toi" => nextMonth.AddMonths(1).AddDays(-1),
            "dau thang sau" or "dau thang toi" or "thang sau" or "thang toi" => nextMonth,
            "dau thang" or "dau thang nay" => today.Day == 1 ? today : nextMonth,
            "giua thang" or "giua thang nay" => today.Day <= 15 ? new DateOnly(today.Year, today.Month, 15) : nextMonth.AddDays(14),
            "giua thang sau" or "giua thang toi" => nextMonth.AddDays(14),
            "dau nam sau" or "dau nam toi" => new DateOnly(today.Year + 1, 1, 1),
            "cuoi nam" or "cuoi nam nay" => new DateOnly(today.Year, 12, 31),
            "cuoi quy" or "cuoi quy nay" => new DateOnly(today.Year, (today.Month + 2) / 3 * 3, 1).AddMonths(1).AddDays(-1),
            _ => null,
        };
    }

    private static DateOnly? ResolveOffset(Match m, DateOnly today)
    {
        if (!VietnameseNumbers.TryParse(m.Groups["n"].Value, out var n) || n > 366)
        {
            return null;
        }

        return m.Groups["unit"].Value == "tuan" ? today.AddDays(7 * n) : today.AddDays(n);
    }

    private static DateOnly? ResolveDayOfMonth(Match m, DateOnly today)
    {
        var d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (d is < 1 or > 31)
        {
            return null;
        }

        // "ngày 25": this month's 25th if still ahead, otherwise next month's.
        var month = new DateOnly(today.Year, today.Month, 1);
        if (d < today.Day || d > DateTime.DaysInMonth(month.Year, month.Month))
        {
            month = month.AddMonths(1);
        }

        return d <= DateTime.DaysInMonth(month.Year, month.Month) ? new DateOnly(month.Year, month.Month, d) : null;
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    // Token boundaries in folded text: words are separated by single spaces.
    [GeneratedRegex(@"(?<![^ ])(?:ngay |han |den )?(?<d>\d{1,2})(?<sep>[/.-])(?<m>\d{1,2})(?:\k<sep>(?<y>\d{4}|\d{2}))?(?![^ ])")]
    private static partial Regex NumericDate();

    private const string MonthWords = @"\d{1,2}|muoi mot|muoi hai|muoi|mot|gieng|hai|ba|tu|bon|nam|bay|tam|chin";

    [GeneratedRegex(@"(?<![^ ])(?:ngay (?<d>" + VietnameseNumbers.Pattern + @")|(?:ngay )?(?<d>\d{1,2})) thang (?<m>" + MonthWords + @")(?:(?: nam |/)(?<y>\d{4}))?(?![^ ])")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![^ ])(?:ngay (?<d>" + VietnameseNumbers.Pattern + @")|(?:ngay )?(?<d>\d{1,2})) (?:cua )?thang (?<rel>sau|toi|nay)(?![^ ])")]
    private static partial Regex DayOfRelativeMonth();

    // "tháng 11" after "báo cáo"/"kỳ" names a report's period, not a day; "tháng năm" alone is too vague ("month, year").
    [GeneratedRegex(@"(?<![^ ])(?<!(?:bao cao|ky|moi|hang|cac) )(?:(?<pos>dau|giua|cuoi) )?thang (?<m>\d{1,2}|muoi mot|muoi hai|muoi|mot|gieng|hai|ba|tu|bon|bay|tam|chin)(?:(?: nam |/)(?<y>\d{4}))?(?![^ ])")]
    private static partial Regex MonthAlone();

    [GeneratedRegex(@"(?:^| )(?:nhiem vu|giai phap|muc|task|ma)(?: so)?$")]
    private static partial Regex RefKeywordBefore();

    [GeneratedRegex(@"(?:^| )(?:duoc|dat|tien do|khoang|lam duoc|xong duoc|hoan thanh duoc|moi|roi|chung)$")]
    private static partial Regex ProgressBefore();

    [GeneratedRegex(@"^(?:khoi luong|cong viec|ke hoach|nhiem vu|tien do|roi)(?: |$)")]
    private static partial Regex WorkAfter();

    [GeneratedRegex(@"(?<![^ ])(?:thu (?<w>hai|ba|tu|nam|sau|bay|[2-7])|t(?<w>[2-7])|(?<w>chu nhat|cn))(?: tuan (?<week>sau|toi|nay))?(?![^ ])")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"(?<![^ ])(?:hom nay|trong ngay|ngay mai|sang mai|chieu mai|ngay kia|ngay mot|(?:cuoi|dau) tuan (?:sau|toi)|cuoi tuan(?: nay)?|tuan (?:sau|toi)|(?:cuoi|giua) thang (?:sau|toi|nay)|cuoi thang|giua thang|dau thang nay|(?:dau )?thang (?:sau|toi)|dau thang|dau nam (?:sau|toi)|cuoi nam(?: nay)?|cuoi quy(?: nay)?|mai)(?![^ ])")]
    private static partial Regex Relative();

    [GeneratedRegex(@"(?<![^ ])(?:sau (?<n>" + VietnameseNumbers.Pattern + @") (?<unit>ngay|hom|tuan)(?: nua)?|(?<n>" + VietnameseNumbers.Pattern + @") (?<unit>ngay|hom|tuan) (?:nua|toi|sau))(?![^ ])")]
    private static partial Regex Offset();

    [GeneratedRegex(@"(?<![^ ])ngay (?<d>\d{1,2})(?![^ ])")]
    private static partial Regex DayOfMonth();

    [GeneratedRegex(@"(?<=(?:^|den|toi|truoc|vao|han|lai|nhac|ngay|het) )mot(?= *$| [.,!?])|^mot$|^mot (?=(?:nop|gui|xong|lam|hop|nhe|nha|em|anh|chi|minh|moi|se|thi|duoc)(?: |$))")]
    private static partial Regex DayAfterTomorrow();
}
