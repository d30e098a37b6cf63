using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>A card that just names its template and data, so tests can see which card was sent.</summary>
public sealed class TestCardRenderer : ICardRenderer
{
    public JsonObject Render(CardContent card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["template"] = card.Template,
            ["data"] = card.Data.DeepClone(),
        };
    }
}
