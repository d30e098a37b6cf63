namespace ReformBot.Plans;

/// <summary>A unit of the plan's unit tree (province, department, office, commune).</summary>
public sealed record UnitEntry(string Code, string Name, string? Parent);
