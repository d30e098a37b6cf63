using System.Globalization;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>Fills a template's parameters from <see cref="ZaloOptions.TemplateFields"/>.</summary>
internal static class ZaloTemplateData
{
    /// <summary>
    /// Template parameters have lengths fixed when the template is registered (often 30–100 characters); the exact limits
    /// are per template and were not readable here, so every value is cut to this.
    /// </summary>
    public const int MaxValueLength = 100;

    public static JsonObject Build(
        IReadOnlyDictionary<string, string> fields, ZaloRenderedMessage rendered, OutgoingMessage message, string? officerName, DateTimeOffset now)
    {
        var data = new JsonObject();
        foreach (var (parameter, source) in fields)
        {
            var value = source switch
            {
                "text" => rendered.FullText,
                "title" => rendered.FullText.Split('\n')[0],
                "name" => officerName,
                "date" => CardTexts.Date(DateOnly.FromDateTime(now.ToOffset(CardTexts.LocalOffset).DateTime)),
                _ when source.StartsWith("card.", StringComparison.Ordinal) => CardField(message, source["card.".Length..]),
                _ => source,
            };
            data[parameter] = CardTexts.Shorten(value ?? string.Empty, MaxValueLength);
        }

        return data;
    }

    private static string? CardField(OutgoingMessage message, string field) => message.Card?.Data[field] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<int>(out var i) => i.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };
}
