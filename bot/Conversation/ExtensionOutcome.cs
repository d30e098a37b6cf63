namespace ReformBot.Conversation;

public enum ExtensionOutcome
{
    Requested,

    /// <summary>Requested, replacing the officer's earlier pending request for the task.</summary>
    Replaced,
    Approved,
    Rejected,
    TaskNotFound,
    NotAssigned,
    TaskCancelled,

    /// <summary>The task has no closing date ("Thường xuyên"), so there is nothing to extend.</summary>
    NoDeadline,
    DateNotAfterDeadline,
    NotCoordinator,
    NoPendingRequest,

    /// <summary>The request was decided by someone else a moment before; nothing changed.</summary>
    AlreadyDecided,
}
