using ReformBot.Cards;
using ReformBot.Delivery;
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

    /// <summary>The confirmation card of this result, by <paramref name="officerName"/> at <paramref name="at"/>, with an undo button when a token is given.</summary>
    public CardContent ToCard(string officerName, DateTimeOffset at, string? undoToken = null, string? undoOffer = null) => StatusUpdatedCard.Create(
        new StatusUpdate(
            ConversationTexts.UpdateHeadline(Outcome, TaskRef), ConversationTexts.UpdateProblem(Outcome), PlanCode, TaskRef, TaskTitle,
            OldState, OldProgress, NewState, NewProgress, Note, officerName, at)
        {
            UndoToken = undoToken,
            UndoOffer = undoOffer,
        });
}
