using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>Binds a <see cref="CardContent"/> with its template and checks that the card fits in one Teams message.</summary>
public sealed class CardRenderer(CardTemplates templates) : ICardRenderer
{
    /// <summary>Teams refuses bot messages over 40 KB (measured as UTF-16); the card must fit with room for the activity around it.</summary>
    public const int MaxBytes = 40 * 1024;

    /// <summary>How a card is measured, and how channels should write it: non-ASCII text (Vietnamese) unescaped.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <exception cref="CardTooLargeException">The rendered card is over <see cref="MaxBytes"/>.</exception>
    public JsonObject Render(CardContent card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var bound = CardTemplateBinder.Bind(card.Template, templates.Get(card.Template), card.Data) as JsonObject
            ?? throw new CardTemplateException(card.Template, null, "the template bound to nothing with this data");
        var bytes = Measure(bound);
        if (bytes > MaxBytes)
        {
            throw new CardTooLargeException(card.Template, bytes, MaxBytes);
        }

        return bound;
    }

    /// <summary>The card's size as Teams counts it: UTF-16 bytes of its JSON.</summary>
    public static int Measure(JsonNode card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return card.ToJsonString(JsonOptions).Length * sizeof(char);
    }
}
