namespace ReformBot.Conversation.Recognition;

/// <summary>Small counts written in digits or words ("2", "hai"), as officers say them in "2 ngày nữa", "một tuần".</summary>
internal static class VietnameseNumbers
{
    /// <summary>The words for one to ten, folded. "sáu" (six) is left out: folded it is "sau", which means "after".</summary>
    public const string Pattern = @"\d{1,3}|mot|hai|ba|bon|nam|bay|tam|chin|muoi|vai";

    private static readonly Dictionary<string, int> Words = new(StringComparer.Ordinal)
    {
        ["mot"] = 1, ["hai"] = 2, ["ba"] = 3, ["bon"] = 4, ["nam"] = 5, ["bay"] = 7, ["tam"] = 8, ["chin"] = 9, ["muoi"] = 10,

        // "vài ngày" (a few days): three is what people usually mean.
        ["vai"] = 3,
    };

    public static bool TryParse(string text, out int value)
    {
        if (Words.TryGetValue(text, out value))
        {
            return true;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value);
    }
}
