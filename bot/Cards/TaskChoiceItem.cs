using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>One of the officer's open tasks offered on the "which task?" card.</summary>
public sealed record TaskChoiceItem(string PlanCode, string TaskRef, string Title, TaskState State, DateOnly? DueDate)
{
    public static TaskChoiceItem From(Plan plan, PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        return new(plan.Code, task.Ref, task.Title, task.State, task.CurrentDeadline.ClosesOn);
    }
}
