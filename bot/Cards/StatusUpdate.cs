using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>
/// What the confirmation card of one update shows, in plain values: the conversation maps its own results to this, so
/// cards know nothing of how an update was decided.
/// </summary>
/// <param name="Problem">Why nothing changed, when the update was refused; null when it went through (or changed nothing).</param>
public sealed record StatusUpdate(
    string Headline,
    string? Problem,
    string PlanCode,
    string TaskRef,
    string? TaskTitle,
    TaskState OldState,
    int OldProgress,
    TaskState NewState,
    int NewProgress,
    string? Note,
    string By,
    DateTimeOffset At)
{
    /// <summary>The token of a "Hoàn tác" button on the card (a change said in words, possibly misread); null: no button.</summary>
    public string? UndoToken { get; init; }

    /// <summary>The line explaining the undo button, shown with it.</summary>
    public string? UndoOffer { get; init; }
}
