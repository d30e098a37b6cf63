namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Counts written in digits or words, folded: "2", "hai", "mười lăm", "bảy mươi", "bay muoi lam", "tám chục",
/// "hai mươi mốt", "một trăm". Enough for days, weeks, percentages and days of the month (0–100).
/// </summary>
internal static class VietnameseNumbers
{
    private const string Units = "mot|hai|ba|bon|nam|sau|bay|tam|chin";

    /// <summary>
    /// Digits, a compound ("bay muoi lam", "muoi hai", "tam chuc", "mot tram") or a word for one to ten. "sáu" (six) is
    /// left out alone: folded it is "sau", which means "after"; it counts before "mươi"/"chục" ("sáu mươi").
    /// </summary>
    public const string Pattern =
        @"\d{1,3}"
        + @"|(?:mot )?tram"
        + @"|(?:" + Units + @") (?:muoi|chuc)(?: (?:mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin))?"
        + @"|muoi(?: (?:mot|hai|ba|bon|nam|lam|sau|bay|tam|chin))?"
        + @"|mot|hai|ba|bon|nam|bay|tam|chin|vai";

    private static readonly Dictionary<string, int> Digits = new(StringComparer.Ordinal)
    {
        ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["tu"] = 4, ["nam"] = 5, ["lam"] = 5, ["nham"] = 5, ["sau"] = 6,
        ["bay"] = 7, ["tam"] = 8, ["chin"] = 9,
    };

    /// <summary>Reads what <see cref="Pattern"/> matched (or any folded number up to 999); false for anything else.</summary>
    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        // "vài ngày" (a few days): three is what people usually mean.
        if (text == "vai")
        {
            value = 3;
            return true;
        }

        return TryParseWords(text.Split(' ', StringSplitOptions.RemoveEmptyEntries), out value);
    }

    private static bool TryParseWords(string[] words, out int value)
    {
        value = 0;
        switch (words)
        {
            case ["tram"]:
            case ["mot", "tram"]:
                value = 100;
                return true;
            case ["muoi"]:
                value = 10;
                return true;
            case ["muoi", var unit] when unit != "tu" && Digits.TryGetValue(unit, out var u):
                value = 10 + u;
                return true;
            case [var tens, "muoi" or "chuc"] when Digits.TryGetValue(tens, out var t) && t > 1 || tens == "mot":
                value = 10 * Digits[tens];
                return true;
            case [var tens, "muoi" or "chuc", var unit] when Digits.TryGetValue(tens, out var t) && Digits.TryGetValue(unit, out var u):
                // "hai mươi mốt", "bảy mươi lăm"; "năm" for five after mươi is "lăm" in speech but people write both.
                value = 10 * t + u;
                return true;
            case [var single] when single != "sau" && single != "tu" && single != "lam" && single != "nham" && Digits.TryGetValue(single, out var s):
                value = s;
                return true;
            default:
                return false;
        }
    }
}
