using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Applies an officer's status or progress report to one of their tasks and appends it to the task's history.
/// An officer changes only tasks assigned to them; a null progress keeps the task's progress; a task that needs evidence is not done until evidence is attached.
/// </summary>
public sealed class TaskUpdater(ReformBotDbContext db, TimeProvider time)
{
    private readonly AuditLog audit = new(db, time);

    public async Task<TaskUpdateResult> ApplyAsync(
        Sender sender, string planCode, string taskRef, TaskState state, int? progress, string? note, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var task = await db.Tasks
            .Join(db.Plans.Where(p => p.Code == planCode), t => t.PlanId, p => p.Id, (t, _) => t)
            .SingleOrDefaultAsync(t => t.Ref == taskRef, cancellationToken);
        if (task is null)
        {
            return await RefuseAsync(sender, channel, TaskUpdateOutcome.TaskNotFound, planCode, taskRef, null, cancellationToken);
        }

        if (!task.IsAssignedTo(sender.OfficerId))
        {
            return await RefuseAsync(sender, channel, TaskUpdateOutcome.NotAssigned, planCode, taskRef, task, cancellationToken);
        }

        if (task.State == TaskState.Cancelled)
        {
            return await RefuseAsync(sender, channel, TaskUpdateOutcome.TaskCancelled, planCode, taskRef, task, cancellationToken);
        }

        if (state == TaskState.Done && task.EvidenceRequired && !await db.TaskEvidence.AnyAsync(e => e.TaskId == task.Id, cancellationToken))
        {
            return await RefuseAsync(sender, channel, TaskUpdateOutcome.EvidenceRequired, planCode, taskRef, task, cancellationToken);
        }

        var (oldState, oldProgress) = (task.State, task.Progress);
        var change = task.Update(state, progress ?? task.Progress, sender.OfficerId, channel, note, time.GetUtcNow());
        if (change is null)
        {
            return new TaskUpdateResult(TaskUpdateOutcome.Unchanged, planCode, taskRef, task.Title, oldState, oldProgress, oldState, oldProgress, note);
        }

        db.TaskStatusChanges.Add(change);
        audit.Record(
            sender.OfficerId, channel, AuditActions.TaskUpdate, AuditActions.TaskSubject(planCode, taskRef),
            $"{oldState} {oldProgress}% → {task.State} {task.Progress}%" + (note is null ? string.Empty : ": " + note));
        await db.SaveChangesAsync(cancellationToken);
        return new TaskUpdateResult(TaskUpdateOutcome.Updated, planCode, taskRef, task.Title, oldState, oldProgress, task.State, task.Progress, note);
    }

    private async Task<TaskUpdateResult> RefuseAsync(
        Sender sender, string channel, TaskUpdateOutcome outcome, string planCode, string taskRef, PlanTask? task, CancellationToken cancellationToken)
    {
        audit.Record(sender.OfficerId, channel, AuditActions.Refusal, AuditActions.TaskSubject(planCode, taskRef), $"task update: {outcome}");
        await db.SaveChangesAsync(cancellationToken);
        return TaskUpdateResult.Refused(outcome, planCode, taskRef, task);
    }
}
