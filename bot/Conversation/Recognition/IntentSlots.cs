using ReformBot.Plans;

namespace ReformBot.Conversation.Recognition;

/// <summary>
/// What a message said besides its intent. Every slot is optional; free-text slots (<see cref="Reason"/>,
/// <see cref="Unit"/>, <see cref="Officer"/>, <see cref="Text"/>) are cut from the original message so they keep
/// its diacritics and capitals.
/// </summary>
public sealed record IntentSlots
{
    public static IntentSlots None { get; } = new();

    /// <summary>A task reference normalised to the plan's form: "2a" → "2.a", "ii.2" → "II.2".</summary>
    public string? TaskRef { get; init; }

    /// <summary>Progress, 0–100.</summary>
    public int? Percent { get; init; }

    /// <summary>A date the message names (new deadline, snooze until, ...), resolved against the officer's local date.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>How long to snooze, when said as a duration ("sau 2 ngày", "2 tiếng nữa").</summary>
    public TimeSpan? Duration { get; init; }

    /// <summary>Why the officer is blocked or asks for more time.</summary>
    public string? Reason { get; init; }

    /// <summary>A unit named in a head's question: "phòng Nội vụ", "xã Tân Lập".</summary>
    public string? Unit { get; init; }

    public ReformIndex? Index { get; init; }

    public ReportMention? Report { get; init; }

    /// <summary>Who to nudge, as typed: "CV Nội vụ 1".</summary>
    public string? Officer { get; init; }

    public BroadcastAudience? Audience { get; init; }

    /// <summary>"khẩn", "gấp", "urgent": a broadcast that may break quiet hours.</summary>
    public bool Urgent { get; init; }

    /// <summary>A broadcast's body, or the text sent as evidence.</summary>
    public string? Text { get; init; }

    /// <summary>A six-digit link code.</summary>
    public string? Code { get; init; }

    /// <summary>The first link in the message.</summary>
    public string? Url { get; init; }

    /// <summary>An absence: why and when ("nghỉ phép đến 10/12").</summary>
    public AwaySlot? Away { get; init; }

    /// <summary>The item whose reminders stop, once resolved (kept behind the confirm buttons).</summary>
    public StopSlot? Stop { get; init; }
}
