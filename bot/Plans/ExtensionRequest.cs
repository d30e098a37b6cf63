namespace ReformBot.Plans;

/// <summary>
/// An officer's request for more time on one of their tasks, and the coordinator's decision on it. At most one request
/// per task and officer is pending.
/// </summary>
public sealed class ExtensionRequest
{
    private ExtensionRequest()
    {
        OfficerId = string.Empty;
    }

    public ExtensionRequest(long taskId, string officerId, DateOnly requestedDate, string? reason, DateTimeOffset requestedAt)
    {
        TaskId = taskId;
        OfficerId = officerId;
        RequestedDate = requestedDate;
        Reason = reason;
        RequestedAt = requestedAt;
        State = ExtensionState.Pending;
    }

    public long Id { get; private set; }
    public long TaskId { get; private set; }
    public string OfficerId { get; private set; }
    public DateOnly RequestedDate { get; private set; }
    public string? Reason { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public ExtensionState State { get; private set; }

    /// <summary>The date granted: the requested one, or another the coordinator chose.</summary>
    public DateOnly? ApprovedDate { get; private set; }
    public string? DecidedBy { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecisionNote { get; private set; }

    public bool IsPending => State == ExtensionState.Pending;

    public void Approve(DateOnly date, string decidedBy, string? note, DateTimeOffset at)
    {
        Decide(ExtensionState.Approved, decidedBy, note, at);
        ApprovedDate = date;
    }

    public void Reject(string decidedBy, string? note, DateTimeOffset at) => Decide(ExtensionState.Rejected, decidedBy, note, at);

    public void Supersede(DateTimeOffset at)
    {
        EnsurePending();
        State = ExtensionState.Superseded;
        DecidedAt = at;
    }

    private void Decide(ExtensionState state, string decidedBy, string? note, DateTimeOffset at)
    {
        EnsurePending();
        State = state;
        DecidedBy = decidedBy;
        DecisionNote = note;
        DecidedAt = at;
    }

    private void EnsurePending()
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Extension request {Id} was already {State}.");
        }
    }
}
