using System.Text.Json.Nodes;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Conversation;

/// <summary>
/// An officer's update said in words ("đã xong", "đang làm 70%", "vướng: ...", a link as evidence, "xin gia hạn đến 20/12"), kept apart from
/// the task it is about so that it can wait on a choice card when the bot must ask which task is meant.
/// </summary>
public sealed record StatusReport(IntentKind Intent, int? Percent, string? Reason, string? Url, string? Text, DateOnly? Date = null)
{
    public static StatusReport From(RecognizedIntent recognized)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var slots = recognized.Slots;
        return new StatusReport(recognized.Intent, slots.Percent, slots.Reason, slots.Url, slots.Text, slots.Date);
    }

    public JsonObject ToJson() => new()
    {
        ["intent"] = Intent.ToWireName(),
        ["percent"] = Percent,
        ["reason"] = Reason,
        ["url"] = Url,
        ["text"] = Text,
        ["date"] = Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>Reads a pending update back from a choice card; null when the card's data is not one of ours.</summary>
    public static StatusReport? FromJson(JsonNode? node)
    {
        if (node is not JsonObject json
            || json["intent"] is not JsonValue intentValue
            || !intentValue.TryGetValue<string>(out var name)
            || !IntentKindWireNames.TryParse(name, out var intent)
            || intent is not (IntentKind.Done or IntentKind.Progress or IntentKind.Blocked or IntentKind.Evidence or IntentKind.Extension or IntentKind.StopReminders))
        {
            return null;
        }

        int? percent = json["percent"] is JsonValue p && p.TryGetValue<int>(out var value) && value is >= 0 and <= 100 ? value : null;
        if (intent == IntentKind.Progress && percent is null)
        {
            return null;
        }

        DateOnly? date = DateOnly.TryParseExact(Optional(json, "date"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d) ? d : null;
        return new StatusReport(intent, percent, Optional(json, "reason"), Optional(json, "url"), Optional(json, "text"), date);
    }

    private static string? Optional(JsonObject json, string name) =>
        json[name] is JsonValue v && v.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
