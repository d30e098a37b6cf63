using ReformBot.Delivery;

namespace ReformBot.Reminders;

/// <summary>What to send for an outbox message of reminders, and which of its reminders it covers; the others were resolved meanwhile.</summary>
public sealed record ReminderMessage(OutgoingMessage? Message, IReadOnlySet<long> Included, IReadOnlyList<string> ItemNames);
