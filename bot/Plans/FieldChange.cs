namespace ReformBot.Plans;

/// <summary>
/// One field that differs between two revisions. Values are as the plan file writes them (dates yyyy-mm-dd).
/// For lists (lead units, assignees, roles...) <see cref="Added"/> and <see cref="Removed"/> say which items changed;
/// they are null for single values.
/// </summary>
public sealed record FieldChange(string Field, string? Old, string? New, IReadOnlyList<string>? Added, IReadOnlyList<string>? Removed);
