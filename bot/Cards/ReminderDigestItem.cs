using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>One line of a reminder digest: what is due, how urgent, and the one button that settles it.</summary>
/// <param name="Color">Adaptive Card text colour of <paramref name="Detail"/>: Default, Warning or Attention.</param>
public sealed record ReminderDigestItem(string Label, string Title, string Detail, string Color, string ButtonTitle, string Verb, JsonObject Action);
