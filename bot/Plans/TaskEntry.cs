namespace ReformBot.Plans;

/// <summary>
/// A task (nhiệm vụ, giải pháp) as the plan file states it. <see cref="Assignees"/> is null when the file names none:
/// then the heads of the lead units answer for it.
/// </summary>
public sealed record TaskEntry(
    string Ref,
    string Title,
    string? Field,
    ReformIndex? Index,
    string? Criterion,
    Score? Score,
    string? Target,
    IReadOnlyList<string> Lead,
    IReadOnlyList<string> Coordinating,
    IReadOnlyList<string>? Assignees,
    Deadline Deadline,
    string? DeadlineText,
    bool EvidenceRequired);
