using System.Globalization;
using System.Text.RegularExpressions;

namespace ReformBot.PlanDrafts;

/// <summary>Reads the plan's number, title, date and issuing body from the lines above the task table.</summary>
internal static partial class PlanHeaderReader
{
    public static (string? Code, string? Title, DateOnly? IssuedOn, int? Year, string? IssuerLine) Read(IReadOnlyList<string> lines)
    {
        string? code = null;
        string? title = null;
        DateOnly? issuedOn = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Trim();
            if (code is null && Number().Match(line) is { Success: true } number)
            {
                code = Regex.Replace(number.Groups["code"].Value, @"\s+", string.Empty);
            }

            if (issuedOn is null && IssueDate().Match(TextFolding.Fold(line)) is { Success: true } date
                && DateOnly.TryParseExact(
                    $"{date.Groups["y"].Value}-{int.Parse(date.Groups["m"].Value, CultureInfo.InvariantCulture):00}-{int.Parse(date.Groups["d"].Value, CultureInfo.InvariantCulture):00}",
                    "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                issuedOn = day;
            }

            var folded = TextFolding.Fold(line);
            if (title is null && folded == "ke hoach" && i + 1 < lines.Count)
            {
                title = StripSubject(lines[i + 1]);
            }
            else if (title is null && folded.StartsWith("ke hoach ", StringComparison.Ordinal) && !folded.StartsWith("ke hoach so", StringComparison.Ordinal))
            {
                title = StripSubject(line[8..].TrimStart(' ', ':'));
            }
        }

        int? year = null;
        if (title is not null && TitleYear().Match(TextFolding.Fold(title)) is { Success: true } y)
        {
            year = int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture);
        }

        return (code, title, issuedOn, year ?? issuedOn?.Year, lines.Count > 0 ? lines[0] : null);
    }

    private static string StripSubject(string text)
    {
        var t = text.Trim();
        foreach (var prefix in new[] { "V/v", "Về việc" })
        {
            if (t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                t = t[prefix.Length..].TrimStart(' ', ':');
            }
        }

        return t;
    }

    [GeneratedRegex(@"(?:Số|SỐ|So|Kế hoạch số)\s*[:.]?\s*(?<code>\d+\s*/\s*[\p{L}\d]+(?:[\-–]\s*[\p{L}\d]+)*(?:/[\p{L}\d\-]+)?)")]
    private static partial Regex Number();

    [GeneratedRegex(@"ngay (?<d>\d{1,2}) thang (?<m>\d{1,2}) nam (?<y>\d{4})")]
    private static partial Regex IssueDate();

    [GeneratedRegex(@"\bnam (?<y>20\d\d)\b")]
    private static partial Regex TitleYear();
}
