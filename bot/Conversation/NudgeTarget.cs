namespace ReformBot.Conversation;

/// <summary>The officer a head wants to nudge and their overdue tasks in the head's scope, or why not.</summary>
public sealed record NudgeTarget(string? OfficerId, string? Name, string? PlanCode, IReadOnlyList<(string Ref, string Title, DateOnly Due)> Tasks, string? Refusal);
