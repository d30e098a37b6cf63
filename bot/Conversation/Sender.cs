using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>A linked person writing to the bot, with every plan they belong to.</summary>
public sealed record Sender(string OfficerId, string Name, IReadOnlyList<Membership> Memberships)
{
    public bool Has(OfficerRole role) => Memberships.Any(m => m.Has(role));

    public bool Has(OfficerRole role, int planId) => Memberships.Any(m => m.PlanId == planId && m.Has(role));
}
