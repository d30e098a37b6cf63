namespace ReformBot.Conversation;

/// <summary>
/// What an extension request or decision did. <see cref="Deadline"/> is the task's last day before it;
/// <see cref="Date"/> the date asked for or granted; <see cref="OfficerId"/> who asked.
/// </summary>
public sealed record ExtensionResult(
    ExtensionOutcome Outcome,
    string PlanCode,
    string TaskRef,
    string? TaskTitle = null,
    string? OfficerId = null,
    DateOnly? Deadline = null,
    DateOnly? Date = null,
    string? Note = null)
{
    /// <summary>For <see cref="ExtensionOutcome.AlreadyDecided"/>: who decided, when, and whether they approved.</summary>
    public string? DecidedBy { get; init; }

    public DateTimeOffset? DecidedAt { get; init; }

    public bool Approved { get; init; }

    public bool Succeeded => Outcome is ExtensionOutcome.Requested or ExtensionOutcome.Replaced or ExtensionOutcome.Approved or ExtensionOutcome.Rejected;
}
