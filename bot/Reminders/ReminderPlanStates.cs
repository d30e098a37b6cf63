using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Reads what the planner and the composer need from the database: every plan with its units, officers, tasks and
/// reports, and the snoozes. The plans' state is read again only when a plan's revision or state version
/// (<see cref="Plan.StateVersion"/>: imports, status changes, reports, extensions) moved on since the last read
/// (<see cref="PlanStateCache"/>); the version is read first, so a change saved meanwhile is read at the next round.
/// Items left alone because they were already overdue when their plan was loaded (<see cref="PastDueItem"/>) are left
/// out of the planner's view, so no reminder, follow-up, escalation or digest can name them.
/// </summary>
public sealed class ReminderPlanStates(ReformBotDbContext db, PlanStateCache cache)
{
    public async Task<IReadOnlyList<PlanReminderState>> LoadAsync(CancellationToken cancellationToken) =>
        (await SnapshotAsync(cancellationToken)).States;

    /// <summary>The plans' state as stored now (read again only when it changed).</summary>
    public async Task<PlanStateSnapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var stamp = (await db.Plans.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Revision, p.StateVersion }).ToListAsync(cancellationToken))
            .Select(p => (p.Id, p.Revision, p.StateVersion))
            .ToList();
        if (cache.Find(stamp) is { } kept)
        {
            return kept;
        }

        var snapshot = new PlanStateSnapshot(
            stamp,
            await db.Plans.AsNoTracking().ToListAsync(cancellationToken),
            await db.Units.AsNoTracking().ToListAsync(cancellationToken),
            await db.Officers.AsNoTracking().ToListAsync(cancellationToken),
            await db.Tasks.AsNoTracking().ToListAsync(cancellationToken),
            await db.ReportSchedules.AsNoTracking().ToListAsync(cancellationToken),
            await db.ReportPeriods.AsNoTracking().ToListAsync(cancellationToken),
            await db.ReportSubmissions.AsNoTracking().ToListAsync(cancellationToken),
            await db.PastDueItems.AsNoTracking().Where(i => i.ChasedFrom == null).ToListAsync(cancellationToken));
        cache.Keep(snapshot);
        return snapshot;
    }

    /// <summary>The items officers asked to hear no more about ("không cần nhắc việc này nữa"), still in force.</summary>
    public async Task<IReadOnlyList<ReminderStop>> StopsAsync(CancellationToken cancellationToken) =>
        await db.ReminderStops.AsNoTracking().Where(s => s.ResumedAt == null).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<ReminderSnooze>> SnoozesAsync(DateTimeOffset after, CancellationToken cancellationToken)
    {
        // A snooze ending on a day off is moved to the next working morning, so one that ended a little earlier can still be due.
        var since = after.AddDays(-14);
        var stored = await db.Snoozes.AsNoTracking().Where(s => s.Until > since).ToListAsync(cancellationToken);
        return [.. stored.Select(s => s.ToSnooze())];
    }
}
