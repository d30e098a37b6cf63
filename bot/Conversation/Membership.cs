using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>A person's place in one plan: their unit there and the roles the plan gives them.</summary>
public sealed record Membership(int PlanId, string PlanCode, string Unit, IReadOnlyList<OfficerRole> Roles)
{
    public bool Has(OfficerRole role) => Roles.Contains(role);
}
