using System.Reflection;
using System.Text.Json.Nodes;
using ReformBot.Tests.Cards;

namespace ReformBot.Tests.WebChat;

/// <summary>
/// Holds the table in <c>bot.Tests/WebChat/README.md</c> to the cards: every button of every template in cards/*.json
/// (submit, open-URL and show-card alike) has a row naming a browser test of this folder that exists, and no row names
/// a button that is gone.
/// </summary>
public sealed class CardButtonCoverageTests
{
    [Fact]
    public void EveryButtonOfEveryCardHasABrowserTestListedAndEveryListedTestExists()
    {
        var buttons = Directory.GetFiles(CardAssert.CardsDirectory, "*.json")
            .Where(f => !f.EndsWith(".data.json", StringComparison.Ordinal))
            .SelectMany(f => Buttons(JsonNode.Parse(File.ReadAllText(f))).Select(title => (Card: Path.GetFileName(f), Button: title)))
            .ToHashSet();
        var rows = TableRows(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "WebChat", "README.md")));
        var tests = typeof(CardButtonCoverageTests).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CardButtonCoverageTests).Namespace && t != typeof(CardButtonCoverageTests))
            .SelectMany(t => t.GetMethods().Where(m => m.GetCustomAttribute<FactAttribute>() is not null).Select(m => $"{t.Name}.{m.Name}"))
            .ToHashSet(StringComparer.Ordinal);

        Assert.True(buttons.Count > 20, $"only {buttons.Count} buttons found in {CardAssert.CardsDirectory}");
        Assert.Empty(buttons.Where(b => !rows.Any(r => r.Card == b.Card && r.Button == b.Button)).Select(b => $"{b.Card} → {b.Button}: no row"));
        Assert.Empty(rows.Where(r => !buttons.Contains((r.Card, r.Button))).Select(r => $"{r.Card} → {r.Button}: no such button"));
        Assert.Empty(rows.Where(r => !tests.Contains(r.Test)).Select(r => $"{r.Card} → {r.Button}: no browser test {r.Test}"));
    }

    /// <summary>The titles of the template's actions, wherever they sit (action sets, show-card bodies), as written.</summary>
    private static IEnumerable<string> Buttons(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["type"] is JsonValue type && type.ToString().StartsWith("Action.", StringComparison.Ordinal) && o["title"] is JsonValue title)
                {
                    yield return title.ToString();
                }

                foreach (var child in o.Select(p => p.Value).SelectMany(Buttons))
                {
                    yield return child;
                }

                break;
            case JsonArray a:
                foreach (var child in a.SelectMany(Buttons))
                {
                    yield return child;
                }

                break;
        }
    }

    /// <summary>Rows of the "card → button → test" table: <c>| card.json | button | `Class.Method` |</c>.</summary>
    private static List<(string Card, string Button, string Test)> TableRows(string markdown) =>
        [.. markdown.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains(".json |", StringComparison.Ordinal))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())
            .Where(c => c.Length >= 3)
            .Select(c => (c[0], c[1], c[2].Trim('`')))];
}
