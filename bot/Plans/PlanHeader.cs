namespace ReformBot.Plans;

/// <summary>The plan document itself: number, title, issuer and the unit that chases the others.</summary>
public sealed record PlanHeader(
    string Code,
    string Title,
    string Issuer,
    DateOnly? IssuedOn,
    int Year,
    IReadOnlyList<ReformIndex> Indices,
    string Coordinator,
    IReadOnlyList<string> Targets);
