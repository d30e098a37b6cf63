using System.Text.Json.Nodes;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>Small builders shared by the card factories.</summary>
internal static class CardData
{
    private static readonly int[] SnoozeDays = [1, 2, 3, 7];

    /// <summary>Choices for an <c>Input.ChoiceSet</c>: [{title, value}].</summary>
    public static JsonArray Choices(IEnumerable<(string Title, string Value)> choices) =>
        [.. choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value })];

    /// <summary>The status choices an officer can pick (cancelling is the plan's business, not theirs).</summary>
    public static JsonArray StatusChoices() => Choices(
        new[] { TaskState.Open, TaskState.InProgress, TaskState.Blocked, TaskState.Done }.Select(s => (CardTexts.Status(s), s.ToString())));

    /// <summary>Snooze lengths that do not go past <paramref name="due"/> (a reminder is never put off beyond the deadline).</summary>
    public static JsonArray SnoozeChoices(DateOnly today, DateOnly? due) => Choices(
        SnoozeDays.Where(d => due is not DateOnly last || today.AddDays(d) <= last)
            .Select(d => (CardTexts.SnoozeChoice(d), d.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    /// <summary>"overdue", "today", "soon" (3 days or less) or "later": the templates colour the day phrase by it.</summary>
    public static string Urgency(DateOnly due, DateOnly today) => (due.DayNumber - today.DayNumber) switch
    {
        < 0 => "overdue",
        0 => "today",
        <= 3 => "soon",
        _ => "later",
    };

    public static JsonObject TaskAction(string planCode, string taskRef) => new() { ["planCode"] = planCode, ["taskRef"] = taskRef };
}
