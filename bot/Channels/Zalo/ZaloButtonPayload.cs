using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// A card action carried by a Zalo button: <c>#rb:&lt;verb&gt;:&lt;data as JSON&gt;</c>. The tap comes back as the
/// user's text (probably <c>user_send_text</c>, fact sheet §1.1, C) and is turned into the same
/// <see cref="CardAction"/> a card tap in Teams gives, so the conversation handler sees one intent either way. Anyone can
/// type such a text: the handler checks permissions on actions as it does for cards.
/// </summary>
public static class ZaloButtonPayload
{
    public const string Prefix = "#rb:";

    public static string Encode(string verb, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Prefix + verb + ":" + data.ToJsonString();
    }

    public static bool TryDecode(string? text, [NotNullWhen(true)] out CardAction? action)
    {
        action = null;
        var trimmed = text?.Trim();
        if (trimmed is null || !trimmed.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = trimmed[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !CardVerbs.IsKnown(rest[..colon]))
        {
            return false;
        }

        try
        {
            if (JsonNode.Parse(rest[(colon + 1)..]) is JsonObject data)
            {
                action = new CardAction(rest[..colon], data);
                return true;
            }
        }
        catch (JsonException)
        {
            // Not ours after all: treated as text.
        }

        return false;
    }
}
