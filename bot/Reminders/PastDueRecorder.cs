using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Records, inside a plan import's transaction, what was already past when the plan was first loaded — or, for a
/// revision, what the revision itself adds already past — and writes the coordinators their one list of it. What a
/// revision finds past among items that existed before is not recorded (its deadline moved on purpose), and an item
/// once recorded is never recorded again, chased or not.
/// </summary>
public sealed class PastDueRecorder(ReformBotDbContext db, WorkingCalendar calendar)
{
    /// <summary>What a plan holds before a revision: its open task refs and the report occurrences units owe or owed.</summary>
    public sealed record Snapshot(IReadOnlySet<string> TaskRefs, IReadOnlySet<(string Code, DateOnly Due, string Unit)> Submissions)
    {
        public static Snapshot Empty { get; } = new(new HashSet<string>(), new HashSet<(string, DateOnly, string)>());
    }

    public async Task<Snapshot> SnapshotAsync(int planId, CancellationToken cancellationToken)
    {
        var refs = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.State != TaskState.Cancelled).Select(t => t.Ref).ToListAsync(cancellationToken);
        var submissions = await (
            from s in db.ReportSubmissions.AsNoTracking()
            join p in db.ReportPeriods.AsNoTracking() on s.PeriodId equals p.Id
            join r in db.ReportSchedules.AsNoTracking() on p.ScheduleId equals r.Id
            where r.PlanId == planId && !r.IsCancelled
            select new { r.Code, p.DueDate, s.UnitCode }).ToListAsync(cancellationToken);
        return new Snapshot(
            refs.ToHashSet(StringComparer.Ordinal),
            submissions.Select(s => (s.Code, s.DueDate, s.UnitCode)).ToHashSet());
    }

    /// <summary>Adds the rows and the coordinators' outbox messages to the context; the caller saves them with the import.</summary>
    /// <returns>The items recorded now.</returns>
    public async Task<IReadOnlyList<PastDueItem>> RecordAsync(Plan plan, Snapshot before, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(before);
        var today = VietnamTime.DateOf(now);
        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == plan.Id).ToListAsync(cancellationToken);
        var schedules = await db.ReportSchedules.AsNoTracking().Where(r => r.PlanId == plan.Id).ToListAsync(cancellationToken);
        var scheduleIds = schedules.Select(s => s.Id).ToList();
        var periods = await db.ReportPeriods.AsNoTracking().Where(p => scheduleIds.Contains(p.ScheduleId)).ToListAsync(cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var submissions = await db.ReportSubmissions.AsNoTracking().Where(s => periodIds.Contains(s.PeriodId)).ToListAsync(cancellationToken);
        var known = (await db.PastDueItems.AsNoTracking().Where(i => i.PlanId == plan.Id).ToListAsync(cancellationToken))
            .Select(i => (i.Subject, i.ItemRef, i.UnitCode, i.DueDate))
            .ToHashSet();

        var candidates = PastDueBaseline.Find(calendar, today, plan.IssuedOn, tasks, schedules, periods, submissions)
            .Where(c => c.Subject == ReminderSubject.Task
                ? !before.TaskRefs.Contains(c.ItemRef)
                : !before.Submissions.Contains((c.ItemRef, c.DueDate, c.UnitCode)))
            .Where(c => !known.Contains((c.Subject, c.ItemRef, c.UnitCode, c.DueDate)))
            .ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var items = candidates.Select(c => new PastDueItem(plan.Id, c.Subject, c.ItemRef, c.UnitCode, c.DueDate, plan.Revision, now)).ToList();
        db.PastDueItems.AddRange(items);

        var officers = await db.Officers.AsNoTracking().Where(o => o.PlanId == plan.Id).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.PlanId == plan.Id).ToDictionaryAsync(u => u.Code, u => u.Name, StringComparer.Ordinal, cancellationToken);
        var message = PastDueNotice.Create(plan, today, candidates, tasks, schedules, periods, units);
        foreach (var coordinator in officers.Where(o => o.Has(OfficerRole.Coordinator)).DistinctBy(o => o.OfficerId))
        {
            var key = $"pastdue|{plan.Code}|{plan.Revision}|{coordinator.OfficerId}";
            db.OutboxMessages.Add(OutboxMessage.Stored(coordinator.OfficerId, message, now, now, key, recipientName: coordinator.Name));
        }

        return items;
    }
}
