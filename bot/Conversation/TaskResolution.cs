using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>
/// Which task a message is about. <see cref="Task"/> is set when exactly one fits; otherwise <see cref="Candidates"/>
/// are the person's open tasks to choose from (the bot asks, it never guesses).
/// </summary>
public sealed record TaskResolution(TaskResolutionOutcome Outcome, string? PlanCode, PlanTask? Task, IReadOnlyList<TaskCandidate> Candidates);
