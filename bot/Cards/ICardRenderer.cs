using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>Binds a card template from <c>cards/</c> with its data into Adaptive Card JSON.</summary>
public interface ICardRenderer
{
    JsonObject Render(CardContent card);

    /// <summary>The card with its buttons written as <paramref name="channelId"/> runs them (<see cref="CardActionStyle"/>).</summary>
    JsonObject Render(CardContent card, string? channelId) => CardActionStyle.For(Render(card), channelId);
}
