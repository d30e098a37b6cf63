using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Finds the task an officer's update is about: the one a card carried, else the one the text names ("nv 2.a"),
/// else their only open task. Only tasks assigned to the officer are ever returned.
/// </summary>
public sealed class TaskResolver(ReformBotDbContext db, PlanViewCache? cache = null)
{
    /// <summary>
    /// The task refs of every plan the person belongs to, as the plans write them ("1.2", "II.3.a"): what the
    /// recognizer needs to read a bare "1.2" as a task rather than the date 1/2.
    /// </summary>
    public async Task<IReadOnlySet<string>> PlanRefsAsync(Sender sender, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var planIds = sender.Memberships.Select(m => m.PlanId).Order().ToList();
        if (cache is null)
        {
            return await LoadRefsAsync(planIds, cancellationToken);
        }

        var views = await cache.CurrentAsync(db, cancellationToken);
        var key = string.Join(',', planIds);
        if (views.TaskRefs.TryGetValue(key, out var known))
        {
            return known;
        }

        var refs = await LoadRefsAsync(planIds, cancellationToken);
        views.TaskRefs.TryAdd(key, refs);
        return refs;
    }

    private async Task<IReadOnlySet<string>> LoadRefsAsync(List<int> planIds, CancellationToken cancellationToken)
    {
        var refs = await db.Tasks.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId) && t.State != TaskState.Cancelled)
            .Select(t => t.Ref)
            .Distinct()
            .ToListAsync(cancellationToken);
        return refs.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<TaskResolution> ResolveAsync(Sender sender, string? planCode, string? taskRef, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var planIds = sender.Memberships.Select(m => m.PlanId).ToList();
        var plans = await db.Plans.AsNoTracking().Where(p => planIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var tasks = await db.Tasks.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId) && t.State != TaskState.Cancelled)
            .OrderBy(t => t.PlanId).ThenBy(t => t.Position)
            .ToListAsync(cancellationToken);
        var mine = tasks.Where(t => t.IsAssignedTo(sender.OfficerId)).Select(t => new TaskCandidate(plans[t.PlanId], t)).ToList();

        if (taskRef is not null)
        {
            var named = tasks
                .Where(t => string.Equals(t.Ref, taskRef, StringComparison.OrdinalIgnoreCase))
                .Where(t => planCode is null || plans[t.PlanId].Code == planCode)
                .ToList();
            var namedMine = mine.Where(c => named.Contains(c.Task)).ToList();
            return namedMine.Count switch
            {
                1 => new TaskResolution(TaskResolutionOutcome.Found, namedMine[0].Plan.Code, namedMine[0].Task, []),
                > 1 => new TaskResolution(TaskResolutionOutcome.Ambiguous, null, null, namedMine),
                _ when named.Count > 0 => new TaskResolution(TaskResolutionOutcome.NotAssigned, plans[named[0].PlanId].Code, named[0], []),
                _ => new TaskResolution(TaskResolutionOutcome.NotFound, planCode, null, []),
            };
        }

        var open = mine.Where(c => c.Task.State != TaskState.Done).ToList();
        return open.Count switch
        {
            1 => new TaskResolution(TaskResolutionOutcome.Found, open[0].Plan.Code, open[0].Task, []),
            0 => new TaskResolution(TaskResolutionOutcome.NoOpenTask, null, null, []),
            _ => new TaskResolution(TaskResolutionOutcome.Ambiguous, null, null, open),
        };
    }
}
