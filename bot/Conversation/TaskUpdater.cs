using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Applies an officer's status or progress report to one of their tasks and appends it to the task's history.
/// An officer changes only tasks assigned to them; a null progress keeps the task's progress; a task that needs evidence is not done until evidence is attached.
/// </summary>
public sealed class TaskUpdater(ReformBotDbContext db, TimeProvider time)
{
    public async Task<TaskUpdateResult> ApplyAsync(
        Sender sender, string planCode, string taskRef, TaskState state, int? progress, string? note, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var task = await db.Tasks
            .Join(db.Plans.Where(p => p.Code == planCode), t => t.PlanId, p => p.Id, (t, _) => t)
            .SingleOrDefaultAsync(t => t.Ref == taskRef, cancellationToken);
        if (task is null)
        {
            return TaskUpdateResult.Refused(TaskUpdateOutcome.TaskNotFound, planCode, taskRef);
        }

        if (!task.IsAssignedTo(sender.OfficerId))
        {
            return TaskUpdateResult.Refused(TaskUpdateOutcome.NotAssigned, planCode, taskRef, task);
        }

        if (task.State == TaskState.Cancelled)
        {
            return TaskUpdateResult.Refused(TaskUpdateOutcome.TaskCancelled, planCode, taskRef, task);
        }

        if (state == TaskState.Done && task.EvidenceRequired && !await db.TaskEvidence.AnyAsync(e => e.TaskId == task.Id, cancellationToken))
        {
            return TaskUpdateResult.Refused(TaskUpdateOutcome.EvidenceRequired, planCode, taskRef, task);
        }

        var (oldState, oldProgress) = (task.State, task.Progress);
        var change = task.Update(state, progress ?? task.Progress, sender.OfficerId, channel, note, time.GetUtcNow());
        if (change is null)
        {
            return new TaskUpdateResult(TaskUpdateOutcome.Unchanged, planCode, taskRef, task.Title, oldState, oldProgress, oldState, oldProgress, note);
        }

        db.TaskStatusChanges.Add(change);
        await db.SaveChangesAsync(cancellationToken);
        return new TaskUpdateResult(TaskUpdateOutcome.Updated, planCode, taskRef, task.Title, oldState, oldProgress, task.State, task.Progress, note);
    }
}
