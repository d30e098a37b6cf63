namespace ReformBot.Plans;

/// <summary>An entry present in both revisions (a task by ref, a unit by code...) and the fields that changed.</summary>
public sealed record EntityChange(string Key, IReadOnlyList<FieldChange> Changes);
