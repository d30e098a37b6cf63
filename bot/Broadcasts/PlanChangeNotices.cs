using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Broadcasts;

/// <summary>
/// Who a plan revision concerns and what changed for each of them: their new tasks, their cancelled tasks and the
/// fields that changed on their tasks (old → new). People whose tasks did not change are not in the list.
/// </summary>
public static class PlanChangeNotices
{
    public static IReadOnlyList<(string OfficerId, IReadOnlyList<PlanChangeItem> Items)> For(PlanFile before, PlanFile after, PlanDiff diff)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(diff);
        var items = new Dictionary<string, List<PlanChangeItem>>(StringComparer.Ordinal);
        void Add(string officerId, PlanChangeItem item)
        {
            if (!items.TryGetValue(officerId, out var list))
            {
                items[officerId] = list = [];
            }

            list.Add(item);
        }

        var oldTasks = before.Tasks.ToDictionary(t => t.Ref, StringComparer.Ordinal);
        var newTasks = after.Tasks.ToDictionary(t => t.Ref, StringComparer.Ordinal);
        foreach (var taskRef in diff.Tasks.Added)
        {
            var task = newTasks[taskRef];
            foreach (var officer in PlanFileQueries.EffectiveAssignees(after, task))
            {
                Add(officer, Added(task));
            }
        }

        foreach (var taskRef in diff.Tasks.Removed)
        {
            var task = oldTasks[taskRef];
            foreach (var officer in PlanFileQueries.EffectiveAssignees(before, task))
            {
                Add(officer, PlanChangeItem.Cancelled(task.Ref, task.Title));
            }
        }

        foreach (var change in diff.Tasks.Changed)
        {
            var (old, current) = (oldTasks[change.Key], newTasks[change.Key]);
            var wasAssigned = PlanFileQueries.EffectiveAssignees(before, old);
            var isAssigned = PlanFileQueries.EffectiveAssignees(after, current);
            foreach (var officer in isAssigned.Except(wasAssigned, StringComparer.Ordinal))
            {
                Add(officer, Added(current));
            }

            foreach (var officer in wasAssigned.Except(isAssigned, StringComparer.Ordinal))
            {
                Add(officer, PlanChangeItem.Cancelled(current.Ref, current.Title));
            }

            var fields = change.Changes.Where(c => c.Field != "assignees")
                .Select(c => c.Field == "deadline"
                    ? PlanChangeItem.DeadlineChanged(current.Ref, current.Title, old.Deadline, current.Deadline)
                    : new PlanChangeItem(current.Ref, current.Title, PlanChangeKind.Changed, c.Field, c.Old, c.New))
                .ToList();
            foreach (var officer in isAssigned.Intersect(wasAssigned, StringComparer.Ordinal))
            {
                fields.ForEach(item => Add(officer, item));
            }
        }

        return [.. items.Select(pair => (pair.Key, (IReadOnlyList<PlanChangeItem>)pair.Value))];
    }

    private static PlanChangeItem Added(TaskEntry task) =>
        new(task.Ref, task.Title, PlanChangeKind.Added, null, null, CardTexts.Deadline(task.Deadline, task.DeadlineText));
}
