namespace ReformBot.Conversation;

/// <summary>What an overview covers, or why the person may not see it.</summary>
internal sealed record OverviewScope(IReadOnlyList<PlanView> Plans, string? Name, string? Refusal)
{
    public static OverviewScope Refused(string reason) => new([], null, reason);
}
