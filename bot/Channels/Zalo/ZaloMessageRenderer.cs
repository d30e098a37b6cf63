using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Turns the bot's channel-neutral message into what Zalo can show: text (split under 2000 characters) and up to five
/// buttons. A known card is laid out by <see cref="ZaloCardLayout"/>; otherwise the message's own text is used. Dates of
/// the current year are shortened to dd/MM for the phone screen.
/// </summary>
public sealed partial class ZaloMessageRenderer(TimeProvider time)
{
    public ZaloRenderedMessage Render(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var lines = new List<string>();
        var buttons = new List<ZaloButton>();
        if (message.Card is not { } card || !ZaloCardLayout.TryLayout(card.Template, card.Data, lines, buttons))
        {
            lines.Clear();
            buttons.Clear();
            lines.Add(message.Text);
        }

        foreach (var action in message.Actions)
        {
            buttons.Add(ZaloButton.Query(action.Title, ZaloButtonPayload.Encode(action.Verb, action.Data)));
        }

        var text = ShortenDates(string.Join('\n', lines).Trim());
        return new ZaloRenderedMessage(ZaloTextSplitter.Split(text), [.. buttons.Take(ZaloRenderedMessage.MaxButtons)]);
    }

    /// <summary>"30/11/2024" → "30/11" when 2024 is this year in Vietnam; other years keep theirs.</summary>
    private string ShortenDates(string text)
    {
        var year = time.GetUtcNow().ToOffset(CardTexts.LocalOffset).Year.ToString(CultureInfo.InvariantCulture);
        return FullDate().Replace(text, m => m.Groups["year"].Value == year ? m.Groups["dayMonth"].Value : m.Value);
    }

    [GeneratedRegex(@"\b(?<dayMonth>\d{1,2}/\d{1,2})/(?<year>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex FullDate();
}
