using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Applies an officer's status or progress report to one of their tasks and appends it to the task's history.
/// An officer changes only tasks assigned to them; a null progress keeps the task's progress; a task that needs evidence is not done until evidence is attached.
/// The task's state and progress are concurrency tokens (see <see cref="PlanTaskConfiguration"/>): of two reports made at
/// the same moment one is stored, the other is applied again to what the first left, so "done" twice records one change
/// and the second sender learns who was first.
/// </summary>
public sealed class TaskUpdater(ReformBotDbContext db, TimeProvider time)
{
    /// <summary>
    /// Attempts of one report against concurrent writers. An attempt fails only when another write to the task succeeded,
    /// so this bounds how many simultaneous writers one report can lose to.
    /// </summary>
    private const int MaxAttempts = 100;

    private readonly AuditLog audit = new(db, time);

    public async Task<TaskUpdateResult> ApplyAsync(
        Sender sender, string planCode, string taskRef, TaskState state, int? progress, string? note, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryApplyAsync(sender, planCode, taskRef, state, progress, note, channel, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // Someone changed the task between our read and our write: forget what we loaded and decide again.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<TaskUpdateResult> TryApplyAsync(
        Sender sender, string planCode, string taskRef, TaskState state, int? progress, string? note, string channel, CancellationToken cancellationToken)
    {
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

        if (state == TaskState.Done && task.State == TaskState.Done && note is null)
        {
            return await AlreadyDoneAsync(planCode, task, cancellationToken);
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

    /// <summary>The task is done already: who said so and when, from its history (the officer's name as the plan gives it).</summary>
    private async Task<TaskUpdateResult> AlreadyDoneAsync(string planCode, PlanTask task, CancellationToken cancellationToken)
    {
        var done = await db.TaskStatusChanges.AsNoTracking()
            .Where(c => c.TaskId == task.Id && c.NewState == TaskState.Done)
            .OrderByDescending(c => c.Id)
            .Select(c => new { c.OfficerId, c.At })
            .FirstOrDefaultAsync(cancellationToken);
        var name = done is null ? null : await db.Officers.AsNoTracking()
            .Where(o => o.PlanId == task.PlanId && o.OfficerId == done.OfficerId)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(cancellationToken);
        return TaskUpdateResult.Refused(TaskUpdateOutcome.AlreadyDone, planCode, task.Ref, task) with
        {
            DoneBy = name ?? done?.OfficerId,
            DoneAt = done?.At,
        };
    }

    private async Task<TaskUpdateResult> RefuseAsync(
        Sender sender, string channel, TaskUpdateOutcome outcome, string planCode, string taskRef, PlanTask? task, CancellationToken cancellationToken)
    {
        audit.Record(sender.OfficerId, channel, AuditActions.Refusal, AuditActions.TaskSubject(planCode, taskRef), $"task update: {outcome}");
        await db.SaveChangesAsync(cancellationToken);
        return TaskUpdateResult.Refused(outcome, planCode, taskRef, task);
    }
}
