namespace ReformBot.Progress;

/// <summary>
/// A task's status in the words of a CCHC progress report. One per task, the first that holds: done, overdue,
/// extended (and not overdue), in progress (or blocked), not started.
/// </summary>
public enum ProgressStatus
{
    Done,
    InProgress,
    NotStarted,
    Overdue,
    Extended,
}
