using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>One change of a revised plan that concerns the reader: a new task, a cancelled one, or a field old → new.</summary>
/// <param name="Field">For <see cref="PlanChangeKind.Changed"/>: the field as the plan differ names it (deadline, title, assignees…).</param>
public sealed record PlanChangeItem(string TaskRef, string TaskTitle, PlanChangeKind Kind, string? Field, string? Old, string? New)
{
    public static PlanChangeItem Added(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Ref, task.Title, PlanChangeKind.Added, null, null, CardTexts.Deadline(task.Deadline, task.DeadlineText));
    }

    public static PlanChangeItem Cancelled(string taskRef, string taskTitle) => new(taskRef, taskTitle, PlanChangeKind.Cancelled, null, null, null);

    public static PlanChangeItem DeadlineChanged(string taskRef, string taskTitle, Deadline old, Deadline @new) =>
        new(taskRef, taskTitle, PlanChangeKind.Changed, "deadline", CardTexts.Deadline(old, null), CardTexts.Deadline(@new, null));
}
