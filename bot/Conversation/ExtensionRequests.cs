using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Extension requests: an assignee asks for a later date, a coordinator of the plan approves (moving the task's
/// deadline) or rejects. A refusal changes nothing but the audit log.
/// </summary>
public sealed class ExtensionRequests(ReformBotDbContext db, TimeProvider time, AuditLog audit)
{
    /// <summary>Attempts of one decision against concurrent writers of the task or the request.</summary>
    private const int MaxAttempts = 10;

    public async Task<ExtensionResult> RequestAsync(
        Sender sender, string planCode, string taskRef, DateOnly date, string? reason, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var task = await FindTaskAsync(planCode, taskRef, cancellationToken);
        var refusal = task switch
        {
            null => ExtensionOutcome.TaskNotFound,
            _ when !task.IsAssignedTo(sender.OfficerId) => ExtensionOutcome.NotAssigned,
            _ when task.State == TaskState.Cancelled => ExtensionOutcome.TaskCancelled,
            _ when task.CurrentDeadline.ClosesOn is null => ExtensionOutcome.NoDeadline,
            _ when date <= task.CurrentDeadline.ClosesOn => ExtensionOutcome.DateNotAfterDeadline,
            _ => (ExtensionOutcome?)null,
        };
        if (refusal is { } refused)
        {
            return await RefuseAsync(sender, channel, refused, planCode, taskRef, task, date, cancellationToken);
        }

        var now = time.GetUtcNow();
        var pending = await db.ExtensionRequests
            .Where(r => r.TaskId == task!.Id && r.OfficerId == sender.OfficerId && r.State == ExtensionState.Pending)
            .ToListAsync(cancellationToken);
        foreach (var old in pending)
        {
            old.Supersede(now);
        }

        db.ExtensionRequests.Add(new ExtensionRequest(task!.Id, sender.OfficerId, date, reason, now));
        audit.Record(sender.OfficerId, channel, AuditActions.ExtensionRequest, AuditActions.TaskSubject(planCode, taskRef), $"{Iso(date)}: {reason}");
        await db.SaveChangesAsync(cancellationToken);
        var outcome = pending.Count > 0 ? ExtensionOutcome.Replaced : ExtensionOutcome.Requested;
        return new ExtensionResult(outcome, planCode, taskRef, task.Title, sender.OfficerId, task.CurrentDeadline.ClosesOn, date, reason);
    }

    /// <summary>
    /// Decides the latest pending request for the task. Approving without a date grants the date asked for; with one,
    /// grants that date instead (it must still be after the current deadline).
    /// </summary>
    public async Task<ExtensionResult> DecideAsync(
        Sender sender, string planCode, string taskRef, bool approve, DateOnly? date, string? note, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        for (var attempt = 1; ; attempt++)
        {
            long? requestId = null;
            try
            {
                return await TryDecideAsync(sender, planCode, taskRef, approve, date, note, channel, id => requestId = id, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // The request's state is a concurrency token: a decision made meanwhile wins, and this one is told.
                db.ChangeTracker.Clear();
                var decided = requestId is { } id ? await db.ExtensionRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
                if (decided is { State: ExtensionState.Approved or ExtensionState.Rejected })
                {
                    return await AlreadyDecidedAsync(decided, planCode, taskRef, cancellationToken);
                }
            }
        }
    }

    /// <summary>Who decided the request and when, for a coordinator whose decision came second.</summary>
    private async Task<ExtensionResult> AlreadyDecidedAsync(ExtensionRequest decided, string planCode, string taskRef, CancellationToken cancellationToken)
    {
        var name = await db.Officers.AsNoTracking().Where(o => o.OfficerId == decided.DecidedBy).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        return new ExtensionResult(ExtensionOutcome.AlreadyDecided, planCode, taskRef, null, decided.OfficerId, null, decided.ApprovedDate)
        {
            DecidedBy = name ?? decided.DecidedBy,
            DecidedAt = decided.DecidedAt,
            Approved = decided.State == ExtensionState.Approved,
        };
    }

    private async Task<ExtensionResult> TryDecideAsync(
        Sender sender, string planCode, string taskRef, bool approve, DateOnly? date, string? note, string channel, Action<long> deciding,
        CancellationToken cancellationToken)
    {
        var task = await FindTaskAsync(planCode, taskRef, cancellationToken);
        if (task is null || !sender.Has(OfficerRole.Coordinator, task.PlanId))
        {
            var outcome = task is null ? ExtensionOutcome.TaskNotFound : ExtensionOutcome.NotCoordinator;
            return await RefuseAsync(sender, channel, outcome, planCode, taskRef, task, date, cancellationToken);
        }

        var request = await db.ExtensionRequests
            .Where(r => r.TaskId == task.Id && r.State == ExtensionState.Pending)
            .OrderByDescending(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            var latest = await db.ExtensionRequests.AsNoTracking()
                .Where(r => r.TaskId == task.Id)
                .OrderByDescending(r => r.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (latest is { State: ExtensionState.Approved or ExtensionState.Rejected })
            {
                return await AlreadyDecidedAsync(latest, planCode, taskRef, cancellationToken);
            }

            return await RefuseAsync(sender, channel, ExtensionOutcome.NoPendingRequest, planCode, taskRef, task, date, cancellationToken);
        }

        deciding(request.Id);
        var deadline = task.CurrentDeadline.ClosesOn;
        var now = time.GetUtcNow();
        var subject = AuditActions.TaskSubject(planCode, taskRef);
        if (!approve)
        {
            request.Reject(sender.OfficerId, note, now);
            audit.Record(sender.OfficerId, channel, AuditActions.ExtensionReject, subject, $"{request.OfficerId} {Iso(request.RequestedDate)}: {note}");
            await db.SaveChangesAsync(cancellationToken);
            return new ExtensionResult(ExtensionOutcome.Rejected, planCode, taskRef, task.Title, request.OfficerId, deadline, request.RequestedDate, note);
        }

        var granted = date ?? request.RequestedDate;
        if (deadline is null || granted <= deadline)
        {
            var outcome = deadline is null ? ExtensionOutcome.NoDeadline : ExtensionOutcome.DateNotAfterDeadline;
            return await RefuseAsync(sender, channel, outcome, planCode, taskRef, task, granted, cancellationToken);
        }

        task.ExtendTo(granted);
        request.Approve(granted, sender.OfficerId, note, now);
        audit.Record(sender.OfficerId, channel, AuditActions.ExtensionApprove, subject, $"{request.OfficerId} {Iso(deadline.Value)} → {Iso(granted)}: {note}");
        await db.SaveChangesAsync(cancellationToken);
        return new ExtensionResult(ExtensionOutcome.Approved, planCode, taskRef, task.Title, request.OfficerId, deadline, granted, note);
    }

    private async Task<PlanTask?> FindTaskAsync(string planCode, string taskRef, CancellationToken cancellationToken) =>
        await db.Tasks
            .Join(db.Plans.Where(p => p.Code == planCode), t => t.PlanId, p => p.Id, (t, _) => t)
            .SingleOrDefaultAsync(t => t.Ref == taskRef, cancellationToken);

    private async Task<ExtensionResult> RefuseAsync(
        Sender sender, string channel, ExtensionOutcome outcome, string planCode, string taskRef, PlanTask? task, DateOnly? date, CancellationToken cancellationToken)
    {
        // Nothing was changed before a refusal, so this stores the audit entry alone.
        audit.Record(sender.OfficerId, channel, AuditActions.Refusal, AuditActions.TaskSubject(planCode, taskRef), $"extension: {outcome}");
        await db.SaveChangesAsync(cancellationToken);
        return new ExtensionResult(outcome, planCode, taskRef, task?.Title, sender.OfficerId, task?.CurrentDeadline.ClosesOn, date);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
