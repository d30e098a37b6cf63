using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Reads a deadline cell as plans write it: "Xong trước 30/11/2024", "Thường xuyên", "Thường xuyên, xong trước
/// 30/11/2024", "Quý III/2024", "Tháng 10/2024", "Trước ngày 05/11 hằng năm", "Cả năm 2024", "6 tháng đầu năm".
/// A month or quarter without a day ends on its last day, and "đầu / giữa / cuối tháng" are the 1st, the 15th and the
/// last day (Civil Code 2015, art. 148). An empty cell is the plan year's end.
/// </summary>
internal static partial class DeadlineReader
{
    /// <summary>The deadline, or null when the text is not understood.</summary>
    public static Deadline? Read(string text, int planYear)
    {
        var f = TextFolding.Fold(text.Replace('-', '/').Replace('.', '/'));
        var slashed = Slashes().Replace(text.ToLowerInvariant(), "/");
        if (f.Length == 0)
        {
            return Deadline.On(new DateOnly(planYear, 12, 31));
        }

        // "hằng tuần" and "hàng tuần" fold alike.
        var checkIn = CheckIn(f) ?? CheckInCadence.Monthly;
        var date = FindDate(f, slashed, planYear);
        var ongoing = f.Contains("thuong xuyen", StringComparison.Ordinal) || f.Contains("lien tuc", StringComparison.Ordinal)
            || f.Contains("hang thang", StringComparison.Ordinal) || (checkIn != CheckInCadence.Monthly && !f.Contains("ca nam", StringComparison.Ordinal));
        if (ongoing)
        {
            if (date is null && f.Any(char.IsAsciiDigit) && FindPeriodEnd(f, planYear) is { } end)
            {
                date = end;
            }

            return new Deadline(DeadlineKind.Ongoing, null, date, null, checkIn);
        }

        if (date is { } d)
        {
            return Deadline.On(d);
        }

        var wholeYear = WholeYear().Match(f);
        if (wholeYear.Success)
        {
            var year = wholeYear.Groups["y"].Success ? int.Parse(wholeYear.Groups["y"].Value, CultureInfo.InvariantCulture) : planYear;
            return year is >= 2000 and <= 2100 ? new Deadline(DeadlineKind.Year, null, null, year, checkIn) : null;
        }

        return FindPeriodEnd(f, planYear) is { } periodEnd ? Deadline.On(periodEnd) : null;
    }

    /// <summary>A check-in cadence named in the text ("hằng tuần", "hằng quý", "không nhắc"), or null.</summary>
    public static CheckInCadence? CheckIn(string folded) =>
        folded.Contains("hang tuan", StringComparison.Ordinal) ? CheckInCadence.Weekly
        : folded.Contains("hang quy", StringComparison.Ordinal) ? CheckInCadence.Quarterly
        : folded.Contains("khong nhac", StringComparison.Ordinal) ? CheckInCadence.None
        : folded.Contains("hang thang", StringComparison.Ordinal) ? CheckInCadence.Monthly
        : null;

    private static DateOnly? FindDate(string folded, string slashed, int planYear)
    {
        var m = FullDate().Match(slashed);
        if (m.Success)
        {
            return Date(Year(m.Groups["y"].Value), m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = WordDate().Match(folded);
        if (m.Success)
        {
            return Date(Year(m.Groups["y"].Value), m.Groups["m"].Value, m.Groups["d"].Value);
        }

        m = DayMonth().Match(slashed);
        if (m.Success)
        {
            return Date(planYear, m.Groups["m"].Value, m.Groups["d"].Value);
        }

        return null;
    }

    private static DateOnly? FindPeriodEnd(string f, int planYear)
    {
        var m = Quarter().Match(f);
        if (m.Success)
        {
            var quarter = m.Groups["q"].Value switch
            {
                "i" or "1" => 1,
                "ii" or "2" => 2,
                "iii" or "3" => 3,
                "iv" or "4" => 4,
                _ => 0,
            };
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : planYear;
            return quarter == 0 || year == 0 ? null : MonthEnd(year, quarter * 3);
        }

        m = Month().Match(f);
        if (m.Success)
        {
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : planYear;
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (year == 0 || month is < 1 or > 12)
            {
                return null;
            }

            return m.Groups["part"].Value switch
            {
                "dau" => new DateOnly(year, month, 1),
                "giua" => new DateOnly(year, month, 15),
                _ => MonthEnd(year, month),
            };
        }

        m = HalfYear().Match(f);
        if (m.Success)
        {
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : planYear;
            return year == 0 ? null : m.Groups["h"].Value == "dau" ? MonthEnd(year, 6) : MonthEnd(year, 12);
        }

        m = PartOfYear().Match(f);
        if (m.Success)
        {
            var year = m.Groups["y"].Success ? Year(m.Groups["y"].Value) : planYear;
            return year == 0 ? null : m.Groups["part"].Value switch
            {
                "dau" => MonthEnd(year, 1),
                "giua" => MonthEnd(year, 6),
                _ => new DateOnly(year, 12, 31),
            };
        }

        return null;
    }

    private static int Year(string text)
    {
        var year = int.Parse(text, CultureInfo.InvariantCulture);
        year = year < 100 ? 2000 + year : year;
        return year is >= 2000 and <= 2100 ? year : 0;
    }

    private static DateOnly? Date(int year, string month, string day)
    {
        var m = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        return year != 0 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(year, m) ? new DateOnly(year, m, d) : null;
    }

    private static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    [GeneratedRegex(@"\s*[/\-.]\s*")]
    private static partial Regex Slashes();

    [GeneratedRegex(@"(?<!\d)(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}|\d{2})(?!\d)")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"ngay (?<d>\d{1,2}) thang (?<m>\d{1,2}) nam (?<y>\d{4})")]
    private static partial Regex WordDate();

    [GeneratedRegex(@"(?<![\d/])(?<d>\d{1,2})/(?<m>\d{1,2})(?![\d/])")]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\bquy (?<q>iv|iii|ii|i|[1-4])\b(?: nam)?(?: (?<y>\d{4}))?")]
    private static partial Regex Quarter();

    [GeneratedRegex(@"\b(?:(?<part>dau|giua|cuoi) )?thang (?<m>\d{1,2})\b(?: nam)?(?: (?<y>\d{4}))?")]
    private static partial Regex Month();

    [GeneratedRegex(@"\b6 thang (?<h>dau|cuoi) nam\b(?: (?<y>\d{4}))?")]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"\b(?<part>dau|giua|cuoi) nam\b(?: (?<y>\d{4}))?")]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(?:ca nam|trong nam)\b(?: (?<y>\d{4}))?|\bnam (?<y>\d{4})\b")]
    private static partial Regex WholeYear();
}
