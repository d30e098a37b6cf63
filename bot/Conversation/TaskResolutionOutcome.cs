namespace ReformBot.Conversation;

public enum TaskResolutionOutcome
{
    /// <summary>One task: the one named, or the person's only open task.</summary>
    Found,

    /// <summary>The message names a task the person is not assigned to.</summary>
    NotAssigned,

    /// <summary>The message names a task no plan of the person has.</summary>
    NotFound,

    /// <summary>Nothing named and several open tasks: the person must choose.</summary>
    Ambiguous,

    /// <summary>Nothing named and no open task.</summary>
    NoOpenTask,
}
