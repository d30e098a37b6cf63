using System.Text.Json.Nodes;

namespace ReformBot.Cards;

/// <summary>One report occurrence (or the tasks) in the coordinators' list of items past at import.</summary>
public sealed record PastDueCardGroup(string Heading, string? Detail, IReadOnlyList<PastDueCardRow> Rows);

/// <summary>
/// One unit's occurrence or one task, with its two buttons: "Đã nộp" (reports only, <paramref name="Submit"/> null for a
/// task) and "Nhắc tiếp". Both carry the same data: planCode, subject, itemRef, unitCode, dueDate.
/// </summary>
public sealed record PastDueCardRow(string Label, JsonObject? Submit, JsonObject Chase);
