namespace ReformBot.Conversation;

public enum TaskUpdateOutcome
{
    Updated,
    Unchanged,
    TaskNotFound,
    NotAssigned,
    TaskCancelled,
    EvidenceRequired,

    /// <summary>Someone (maybe the sender, maybe a colleague) reported the task done before; nothing changed.</summary>
    AlreadyDone,
}
