using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Reads what the planner needs from the database: every plan with its units, officers, tasks and reports, and the
/// snoozes. Items left alone because they were already overdue when their plan was loaded (<see cref="PastDueItem"/>)
/// are left out here, so no reminder, follow-up, escalation or digest can name them.
/// </summary>
public sealed class ReminderPlanStates(ReformBotDbContext db)
{
    public async Task<IReadOnlyList<PlanReminderState>> LoadAsync(CancellationToken cancellationToken)
    {
        var plans = await db.Plans.AsNoTracking().ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        var officers = await db.Officers.AsNoTracking().ToListAsync(cancellationToken);
        var tasks = await db.Tasks.AsNoTracking().ToListAsync(cancellationToken);
        var reports = await db.ReportSchedules.AsNoTracking().ToListAsync(cancellationToken);
        var periods = await db.ReportPeriods.AsNoTracking().ToListAsync(cancellationToken);
        var submissions = await db.ReportSubmissions.AsNoTracking().ToListAsync(cancellationToken);
        var leftAlone = await db.PastDueItems.AsNoTracking().Where(i => i.ChasedFrom == null).ToListAsync(cancellationToken);
        return [.. plans.Select(plan =>
        {
            var planReports = reports.Where(r => r.PlanId == plan.Id).ToList();
            var scheduleIds = planReports.Select(r => r.Id).ToHashSet();
            var planPeriods = periods.Where(p => scheduleIds.Contains(p.ScheduleId)).ToList();
            var periodIds = planPeriods.Select(p => p.Id).ToHashSet();
            var past = new PastDueFilter(leftAlone.Where(i => i.PlanId == plan.Id), planReports, planPeriods);
            return new PlanReminderState(
                plan,
                [.. units.Where(u => u.PlanId == plan.Id)],
                [.. officers.Where(o => o.PlanId == plan.Id)],
                [.. tasks.Where(t => t.PlanId == plan.Id && !past.Holds(t))],
                planReports,
                planPeriods,
                [.. submissions.Where(s => periodIds.Contains(s.PeriodId) && !past.Holds(s))]);
        })];
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
