using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>One line of a reminder digest: what is due, how urgent, and the one button that settles it.</summary>
/// <param name="Urgency">As <see cref="CardData.Urgency"/>: overdue, today, soon or later; the template colours the detail by it.</param>
public sealed record ReminderDigestItem(string Label, string Title, string Detail, string Urgency, string ButtonTitle, string Verb, JsonObject Action);
