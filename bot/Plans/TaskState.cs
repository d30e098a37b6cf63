namespace ReformBot.Plans;

/// <summary>Where a task stands. Cancelled: removed from the plan by a revision (kept for its history).</summary>
public enum TaskState
{
    Open,
    InProgress,
    Blocked,
    Done,
    Cancelled,
}
