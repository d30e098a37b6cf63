namespace ReformBot.Cards;

/// <summary>
/// How many buttons fit side by side on a phone, and how long their titles may be, so that Teams mobile cuts none.
/// </summary>
/// <remarks>
/// Assumption (no browser here to measure): Teams' host config lays actions out horizontally, 8 px apart, in a card
/// with 16 px padding and 14 px Segoe UI text; a 360 px phone leaves the card about 300–320 px of content width. A
/// button takes about 24 px of padding, and Vietnamese text averages about 7.5 px per character at 14 px. That gives
/// about 6 characters for each of four buttons (what was seen: "Đã hoà… / Cập nhậ… / Nhắc … / Xin g…"), about 17 for
/// each of two and about 38 for one alone. The budget keeps a margin: 16 characters when two share a row, 32 alone.
/// Rows of more than two are not allowed: the rest goes behind one "Khác…" <c>Action.ShowCard</c>.
/// </remarks>
public static class ButtonBudget
{
    /// <summary>At most this many buttons in any visible row (an <c>Action.ShowCard</c> counts as one).</summary>
    public const int MaxPerRow = 2;

    /// <summary>Characters of a title when two buttons share a row.</summary>
    public const int Shared = 16;

    /// <summary>Characters of a title alone in its row.</summary>
    public const int Alone = 32;

    /// <summary>The title of the <c>Action.ShowCard</c> that holds the buttons that do not fit.</summary>
    public const string More = "Khác…";

    /// <summary>The longest title a button may have in a row of <paramref name="buttonsInRow"/>.</summary>
    public static int TitleLength(int buttonsInRow) => buttonsInRow <= 1 ? Alone : Shared;

    /// <summary>A title made from data (a person's name): cut on a word to fit alone in its row.</summary>
    public static string Fit(string title) => CardTexts.Shorten(title, Alone);
}
