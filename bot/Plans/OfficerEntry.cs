namespace ReformBot.Plans;

/// <summary>A person named in the plan. <see cref="Id"/> identifies the person across plans.</summary>
public sealed record OfficerEntry(
    string Id,
    string Name,
    string Unit,
    IReadOnlyList<OfficerRole> Roles,
    string? Email,
    string? Phone,
    IReadOnlyList<ChatAccountEntry> Accounts);
