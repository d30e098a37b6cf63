namespace ReformBot.Plans;

/// <summary>One entry of a task's history: who changed what, when, and through which channel.</summary>
public sealed class TaskStatusChange
{
    private TaskStatusChange()
    {
        OfficerId = Channel = string.Empty;
    }

    public TaskStatusChange(
        long taskId, DateTimeOffset at, string officerId, string channel,
        TaskState oldState, TaskState newState, int oldProgress, int newProgress, string? note)
    {
        TaskId = taskId;
        At = at;
        OfficerId = officerId;
        Channel = channel;
        OldState = oldState;
        NewState = newState;
        OldProgress = oldProgress;
        NewProgress = newProgress;
        Note = note;
    }

    public long Id { get; private set; }
    public long TaskId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string OfficerId { get; private set; }
    public string Channel { get; private set; }
    public TaskState OldState { get; private set; }
    public TaskState NewState { get; private set; }
    public int OldProgress { get; private set; }
    public int NewProgress { get; private set; }
    public string? Note { get; private set; }
}
