using System.Text.Json.Nodes;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>The first card a person sees: what the bot does, how to link their account, and phrases to try for their roles.</summary>
public static class WelcomeCard
{
    /// <param name="name">The person's name when known (from the plan or the chat account).</param>
    /// <param name="isLinked">Whether the chat account is already linked to an officer; if not, the card explains how.</param>
    /// <param name="guideUrl">An optional link to the user guide.</param>
    public static CardContent Create(string? name, bool isLinked, IReadOnlyCollection<OfficerRole> roles, Uri? guideUrl = null)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var data = new JsonObject
        {
            ["greeting"] = CardTexts.Greeting(name),
            ["isLinked"] = isLinked,
            ["linkExample"] = CardTexts.LinkCodeExample,
            ["examples"] = new JsonArray([.. CardTexts.Examples(roles).Select(e => (JsonNode)new JsonObject { ["say"] = e.Say, ["does"] = e.Does })]),
            ["guideUrl"] = guideUrl?.AbsoluteUri,
        };
        return new CardContent(CardNames.Welcome, data) { Summary = CardTexts.Summary((string)data["greeting"]!) };
    }
}
