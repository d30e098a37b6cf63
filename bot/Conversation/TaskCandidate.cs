using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>A task someone might mean, with its plan.</summary>
public sealed record TaskCandidate(Plan Plan, PlanTask Task);
