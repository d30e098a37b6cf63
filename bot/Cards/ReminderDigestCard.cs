using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// Several reminders due for one person at the same moment, in one card: tasks and reports each with their button,
/// overdue work of the person's staff with a nudge button. Long digests are cut to stay well under Teams' size limit;
/// the rest is reachable by asking the bot.
/// </summary>
public static class ReminderDigestCard
{
    public const int MaxItems = 12;

    public static CardContent Create(DateOnly today, IReadOnlyList<ReminderDigestItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var data = new JsonObject
        {
            ["heading"] = CardTexts.DigestHeading(today),
            ["intro"] = CardTexts.DigestIntro(items.Count),
            ["items"] = new JsonArray([.. items.Take(MaxItems).Select(Item)]),
            ["more"] = items.Count > MaxItems ? CardTexts.DigestMore(items.Count - MaxItems) : null,
            ["replyHint"] = ReplyHint(items),
        };
        return new CardContent(CardNames.ReminderDigest, data) { Summary = CardTexts.Summary(CardTexts.DigestSummary(today, items.Count)) };
    }

    /// <summary>How to answer in words, naming the person's own first task of the digest; null when none is theirs (only reports or staff).</summary>
    public static string? ReplyHint(IReadOnlyList<ReminderDigestItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var own = items.FirstOrDefault(i => i.Verb == CardVerbs.TaskDone && i.Action["taskRef"] is JsonValue value && value.TryGetValue<string>(out _));
        return own is null ? null : CardTexts.DigestReplyHint((string)own.Action["taskRef"]!);
    }

    private static JsonNode Item(ReminderDigestItem item) => new JsonObject
    {
        ["label"] = item.Label,
        ["title"] = CardTexts.Shorten(item.Title, OverdueListCard.MaxTitleLength),
        ["detail"] = item.Detail,
        ["urgency"] = item.Urgency,
        ["buttonTitle"] = ButtonBudget.Fit(item.ButtonTitle),
        ["verb"] = item.Verb,
        ["action"] = item.Action.DeepClone(),
    };
}
