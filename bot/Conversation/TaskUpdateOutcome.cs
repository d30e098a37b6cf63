namespace ReformBot.Conversation;

public enum TaskUpdateOutcome
{
    Updated,
    Unchanged,
    TaskNotFound,
    NotAssigned,
    TaskCancelled,
    EvidenceRequired,
}
