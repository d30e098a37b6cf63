using System.Text.Json;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Conversation.Confirmation;

/// <summary>A change waiting for "Đúng": the intent, its slots and the message it came from, as stored behind the token.</summary>
public sealed record PendingIntent(string Intent, IntentSlots Slots, string? Text)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PendingIntent From(RecognizedIntent recognized, string? text)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        return new PendingIntent(recognized.Intent.ToWireName(), recognized.Slots, text is { Length: > 2000 } ? text[..2000] : text);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The stored change, or null when the payload is not one (nothing is applied).</summary>
    public static RecognizedIntent? Read(string payload, out string? text)
    {
        text = null;
        try
        {
            var pending = JsonSerializer.Deserialize<PendingIntent>(payload, Json);
            if (pending?.Slots is null || !IntentKindWireNames.TryParse(pending.Intent, out var intent) || !intent.ChangesState())
            {
                return null;
            }

            text = pending.Text;
            return new RecognizedIntent(intent, pending.Slots, 1);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
