using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>
/// What an officer's update did to a task, with the values before and after for the confirmation; for
/// <see cref="TaskUpdateOutcome.AlreadyDone"/>, who reported it done and when.
/// </summary>
public sealed record TaskUpdateResult(
    TaskUpdateOutcome Outcome,
    string PlanCode,
    string TaskRef,
    string? TaskTitle,
    TaskState OldState,
    int OldProgress,
    TaskState NewState,
    int NewProgress,
    string? Note)
{
    public string? DoneBy { get; init; }

    public DateTimeOffset? DoneAt { get; init; }

    public static TaskUpdateResult Refused(TaskUpdateOutcome outcome, string planCode, string taskRef, PlanTask? task = null) =>
        new(outcome, planCode, taskRef, task?.Title, task?.State ?? TaskState.Open, task?.Progress ?? 0, task?.State ?? TaskState.Open, task?.Progress ?? 0, null);
}
