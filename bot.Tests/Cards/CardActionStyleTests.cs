using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;

namespace ReformBot.Tests.Cards;

/// <summary>
/// Teams runs <c>Action.Execute</c>; Web Chat, the Emulator and Direct Line clients only <c>Action.Submit</c>. Every
/// template with its sample: the same buttons, titles and data on both, the verb inside the data where Submit carries it.
/// </summary>
public sealed class CardActionStyleTests
{
    public static TheoryData<string> Templates => [.. CardNames.All];

    [Theory]
    [MemberData(nameof(Templates))]
    public void OutsideTeamsEveryExecuteButtonIsASubmitWithTheSameDataAndItsVerb(string name)
    {
        var card = Sample(name);
        ICardRenderer renderer = CardAssert.Renderer;

        var teams = renderer.Render(card, "msteams");
        var webChat = renderer.Render(card, "webchat");

        Assert.Equal(renderer.Render(card).ToJsonString(), teams.ToJsonString());
        var executes = Actions(teams).Where(a => (string?)a["type"] == "Action.Execute").ToList();
        var submits = Actions(webChat).Where(a => (string?)a["type"] == "Action.Submit").ToList();
        Assert.DoesNotContain(Actions(webChat), a => (string?)a["type"] == "Action.Execute");
        Assert.Equal(executes.Count, submits.Count);
        foreach (var (execute, submit) in executes.Zip(submits))
        {
            var expected = (JsonObject)execute["data"]!.DeepClone();
            expected["verb"] = (string?)execute["verb"];
            Assert.Equal((string?)execute["title"], (string?)submit["title"]);
            Assert.True(JsonNode.DeepEquals(expected, submit["data"]), $"{name}: {submit["data"]?.ToJsonString()} is not {expected.ToJsonString()}");
            Assert.Null(submit["verb"]);
        }

        Assert.Null(webChat["refresh"]);
    }

    [Fact]
    public void TheTaskReminderHasFourWorkingButtonsOnWebChat()
    {
        var card = ((ICardRenderer)CardAssert.Renderer).Render(Sample(CardNames.TaskReminder), "webchat");

        Assert.Equal(
            [CardVerbs.TaskDone, CardVerbs.TaskUpdate, CardVerbs.TaskSnooze, CardVerbs.TaskExtend],
            Actions(card).Where(a => (string?)a["type"] == "Action.Submit").Select(a => (string?)a["data"]!["verb"]));
    }

    private static CardContent Sample(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")))!.AsObject());

    private static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject obj => ((string?)(obj["type"] as JsonValue)?.ToString())?.StartsWith("Action.", StringComparison.Ordinal) == true
            ? [obj, .. obj.SelectMany(p => Actions(p.Value))]
            : obj.SelectMany(p => Actions(p.Value)),
        JsonArray array => array.SelectMany(Actions),
        _ => [],
    };
}
