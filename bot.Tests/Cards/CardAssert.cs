using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Cards;

namespace ReformBot.Tests.Cards;

/// <summary>Checks every rendered card must pass to be sent to Teams.</summary>
public static class CardAssert
{
    public static string CardsDirectory => Path.Combine(AppContext.BaseDirectory, "cards");

    public static CardRenderer Renderer { get; } = new(new CardTemplates(CardsDirectory));

    public static void IsSendable(JsonObject card)
    {
        var json = card.ToJsonString(CardRenderer.JsonOptions);
        Assert.DoesNotContain("${", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"$data\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"$when\"", json, StringComparison.Ordinal);
        Assert.NotNull(JsonNode.Parse(json));
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.True(Version.Parse((string)card["version"]!) <= new Version(1, 5), "Teams shows cards up to version 1.5.");
        Assert.True(CardRenderer.Measure(card) < CardRenderer.MaxBytes, $"card is {CardRenderer.Measure(card)} bytes");
        foreach (var action in Actions(card, "Action.Execute"))
        {
            var verb = (string?)action["verb"];
            Assert.True(CardVerbs.IsKnown(verb), $"unknown verb '{verb}'");
            Assert.IsType<JsonObject>(action["data"]);
            Assert.False(string.IsNullOrWhiteSpace((string?)action["title"]));
        }

        foreach (var element in All(card).OfType<JsonObject>())
        {
            if ((string?)element["type"] is "TextBlock")
            {
                Assert.False(string.IsNullOrEmpty((string?)element["text"]), "a TextBlock lost its text: " + element.ToJsonString());
            }
        }
    }

    public static IEnumerable<JsonObject> Actions(JsonNode card, string type) =>
        All(card).OfType<JsonObject>().Where(o => o["type"] is JsonValue v && v.GetValueKind() == JsonValueKind.String && (string)v! == type);

    public static IEnumerable<string> Verbs(JsonNode card) => Actions(card, "Action.Execute").Select(a => (string)a["verb"]!);

    public static IEnumerable<string> Texts(JsonNode card) =>
        All(card).OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => (string)v!);

    public static IEnumerable<JsonNode> All(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children)
        {
            foreach (var descendant in All(child))
            {
                yield return descendant;
            }
        }
    }
}
