using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>
/// How a card's buttons are written for the channel that shows it. Teams runs <c>Action.Execute</c> (Universal Actions:
/// an <c>adaptiveCard/action</c> invoke whose answer replaces the card); Web Chat, the Emulator and Direct Line clients
/// log "unknown action" and send nothing for it, and never use its <c>fallback</c>. There each one becomes an
/// <c>Action.Submit</c> carrying the same data and the verb, which arrives as a message with a <c>value</c>.
/// </summary>
public static class CardActionStyle
{
    /// <summary>The Bot Framework channel id of Teams, the only channel here that runs <c>Action.Execute</c>.</summary>
    public const string TeamsChannel = "msteams";

    /// <summary>The data field that carries the verb in an <c>Action.Submit</c>.</summary>
    public const string VerbField = "verb";

    public static bool RunsExecute(string? channelId) => string.Equals(channelId, TeamsChannel, StringComparison.OrdinalIgnoreCase);

    /// <summary>The card as <paramref name="channelId"/> can run it: unchanged for Teams, every Execute made a Submit elsewhere.</summary>
    public static JsonObject For(JsonObject card, string? channelId)
    {
        ArgumentNullException.ThrowIfNull(card);
        if (RunsExecute(channelId))
        {
            return card;
        }

        // A refresh is an Action.Execute Teams runs when the card is shown; other channels have nothing to run it with.
        card.Remove("refresh");
        ToSubmit(card);
        return card;
    }

    private static void ToSubmit(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                if (obj["type"] is JsonValue type && type.TryGetValue<string>(out var name) && name == "Action.Execute")
                {
                    var data = obj["data"] is JsonObject given ? (JsonObject)given.DeepClone() : [];
                    data[VerbField] = obj["verb"]?.DeepClone();
                    obj["type"] = "Action.Submit";
                    obj["data"] = data;
                    obj.Remove("verb");
                }

                foreach (var (_, child) in obj.ToList())
                {
                    ToSubmit(child);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    ToSubmit(child);
                }

                break;
        }
    }
}
