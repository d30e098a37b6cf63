using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Tests.Cards;

/// <summary>
/// Every card at a 360 px phone's budget (Teams mobile), without a browser: at most two buttons in any row that can be
/// shown (the card's own, each ActionSet's, each ShowCard's), titles within <see cref="ButtonBudget"/>, text emphasised
/// by weight and never by a colour that is unreadable on white (Teams' warning yellow is 1.47:1, good green 2.4:1),
/// every TextBlock wrapping, and a notification summary on every card the factories build.
/// </summary>
public sealed class CardLayoutTests
{
    private static readonly string[] UnreadableColours = ["warning", "good", "accent", "light"];

    public static TheoryData<string> Templates => [.. CardNames.All];

    public static TheoryData<string> Built => [.. CardSamples.Cards().Keys];

    [Theory]
    [MemberData(nameof(Templates))]
    public void TemplateWithItsSampleDataFitsAPhone(string name)
    {
        var data = JsonNode.Parse(File.ReadAllText(Path.Combine(CardAssert.CardsDirectory, name + ".data.json")))!.AsObject();
        AssertFitsAPhone(CardAssert.Renderer.Render(new CardContent(name, data)));
    }

    [Theory]
    [MemberData(nameof(Built))]
    public void CardBuiltInCodeFitsAPhoneAndHasASummary(string name)
    {
        var content = CardSamples.Cards()[name];
        var card = CardAssert.Renderer.Render(content);
        CardAssert.IsSendable(card);
        AssertFitsAPhone(card);
        Assert.False(string.IsNullOrWhiteSpace(content.Summary), name + " has no notification summary");
        Assert.True(content.Summary!.Length <= CardTexts.MaxSummaryLength, $"{name}: summary of {content.Summary.Length} characters");
        Assert.DoesNotContain("**", content.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', content.Summary);
    }

    [Fact]
    public void EveryTemplateIsAmongTheCardsBuiltInCode()
    {
        var built = CardSamples.Cards().Values.Select(c => c.Template).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(CardNames.All.Except(built, StringComparer.Ordinal));
    }

    [Fact]
    public void TaskReminderShowsDoneAndMoreWithTheOtherAnswersInside()
    {
        var card = CardAssert.Renderer.Render(CardSamples.Cards()["task-reminder"]);
        var row = Rows(card).Single(r => r.Any(a => (string?)a["verb"] == CardVerbs.TaskDone));
        Assert.Equal(["Action.Execute", "Action.ShowCard"], row.Select(a => (string)a["type"]!));
        Assert.Equal(ButtonBudget.More, (string?)row[1]["title"]);
        var more = CardAssert.Verbs(row[1]).ToList();
        Assert.Equal([CardVerbs.TaskUpdate, CardVerbs.TaskSnooze, CardVerbs.TaskExtend], more);

        // The inputs an action submits sit in its own card or a card around it: status and progress go with "Cập nhật".
        var inputs = CardAssert.All(row[1]["card"]).OfType<JsonObject>().Select(o => (string?)o["id"]).OfType<string>().ToList();
        Assert.Equal(["status", "progress", "snoozeDays", "extendTo", "extendReason"], inputs);
    }

    [Fact]
    public void DueLinesAreBoldAndOnlyOverdueOnesRed()
    {
        var soon = CardAssert.Renderer.Render(CardSamples.Cards()["task-reminder"]);
        var late = CardAssert.Renderer.Render(CardSamples.Cards()["task-reminder overdue, legal due date later"]);
        var report = CardAssert.Renderer.Render(CardSamples.Cards()["report-reminder overdue"]);
        Assert.Equal(("Bolder", "Default"), DueLine(soon));
        Assert.Equal(("Bolder", "Default"), DueLine(late));
        Assert.Equal(("Bolder", "Attention"), DueLine(report));
    }

    [Fact]
    public void HelpNamesTheButtonsTheTaskReminderShows()
    {
        var help = ConversationTexts.Help(new Sender("cv-1", "An", []));
        var named = System.Text.RegularExpressions.Regex.Matches(help, @"\*\*(?<name>[^*]+)\*\*").Select(m => m.Groups["name"].Value).ToList();
        Assert.NotEmpty(named);
        var titles = CardAssert.All(CardAssert.Renderer.Render(CardSamples.Cards()["task-reminder"]))
            .OfType<JsonObject>().Where(o => ((string?)o["type"])?.StartsWith("Action.", StringComparison.Ordinal) == true).Select(o => (string)o["title"]!).ToList();
        Assert.All(named, n => Assert.Contains(n, titles));
    }

    [Fact]
    public void AnnouncementWithoutTitleIsHeadedOnce()
    {
        var card = CardAssert.Renderer.Render(CardSamples.Cards()["announcement without title"]);
        Assert.Contains(CardTexts.AnnouncementHeading, CardAssert.Texts(card));
        Assert.DoesNotContain(CardAssert.Texts(card), t => t.Contains("Thông báo: Thông báo", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void DigestHintNamesThePersonsOwnFirstTaskOrNothing()
    {
        var own = CardSamples.Cards()["reminder-digest"];
        Assert.Contains("nv 1.a", (string?)own.Data["replyHint"], StringComparison.Ordinal);
        Assert.DoesNotContain("2.b", (string?)own.Data["replyHint"], StringComparison.Ordinal);
        var head = CardSamples.Cards()["reminder-digest of a head"];
        Assert.Null(head.Data["replyHint"]);
        Assert.DoesNotContain(CardAssert.Texts(CardAssert.Renderer.Render(head)), t => t.StartsWith("Trả lời", StringComparison.Ordinal));
    }

    private static (string? Weight, string? Colour) DueLine(JsonObject card)
    {
        var line = CardAssert.All(card).OfType<JsonObject>().Single(o => (string?)o["type"] == "TextBlock" && System.Text.RegularExpressions.Regex.IsMatch((string?)o["text"] ?? string.Empty, @"^Hạn \d"));
        return ((string?)line["weight"], (string?)line["color"]);
    }

    private static void AssertFitsAPhone(JsonObject card)
    {
        foreach (var row in Rows(card))
        {
            Assert.True(row.Count <= ButtonBudget.MaxPerRow, $"{row.Count} buttons in one row: {string.Join(" / ", row.Select(a => (string?)a["title"]))}");
            foreach (var action in row)
            {
                var title = (string?)action["title"] ?? string.Empty;
                Assert.True(
                    title.Length <= ButtonBudget.TitleLength(row.Count),
                    $"\"{title}\" has {title.Length} characters; {ButtonBudget.TitleLength(row.Count)} fit with {row.Count} in the row at 360 px");
            }
        }

        foreach (var element in CardAssert.All(card).OfType<JsonObject>())
        {
            if (element["color"] is JsonValue colour && colour.GetValueKind() == JsonValueKind.String)
            {
                Assert.DoesNotContain(((string)colour!).ToLowerInvariant(), UnreadableColours);
            }

            if ((string?)element["type"] is "TextBlock")
            {
                Assert.True(element["wrap"] is JsonValue wrap && wrap.GetValueKind() == JsonValueKind.True, "a TextBlock is cut instead of wrapped: " + element.ToJsonString(CardRenderer.JsonOptions));
            }
        }
    }

    /// <summary>Every row of buttons a person can see: the card's actions, each ActionSet's, and those of the cards inside ShowCards.</summary>
    private static List<List<JsonObject>> Rows(JsonObject card) =>
        [.. CardAssert.All(card).OfType<JsonObject>()
            .Where(o => (string?)o["type"] is "AdaptiveCard" or "ActionSet")
            .Select(o => o["actions"] is JsonArray actions ? actions.OfType<JsonObject>().ToList() : [])
            .Where(r => r.Count > 0)];
}
