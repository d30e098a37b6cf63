using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using ReformBot.Plans;

namespace ReformBot.Storage;

/// <summary>
/// Makes the stored rows of one plan match a validated plan file. Rows are matched by their key in the file
/// (unit code, officer id, task ref, report code) so that working state — task status, progress, history, report
/// submissions — survives revisions. Removed tasks and reports are cancelled, not deleted.
/// </summary>
internal static class PlanSync
{
    public static async Task ApplyAsync(ReformBotDbContext db, Plan plan, PlanFile file, CancellationToken cancellationToken)
    {
        await SyncUnitsAsync(db, plan.Id, file, cancellationToken);
        await SyncOfficersAsync(db, plan.Id, file, cancellationToken);
        await SyncTasksAsync(db, plan.Id, file, cancellationToken);
        await SyncReportsAsync(db, plan, file, cancellationToken);
    }

    private static async Task SyncUnitsAsync(ReformBotDbContext db, int planId, PlanFile file, CancellationToken cancellationToken)
    {
        var stored = await db.Units.Where(u => u.PlanId == planId).ToDictionaryAsync(u => u.Code, StringComparer.Ordinal, cancellationToken);
        var kept = file.Units.Select(e => e.Code).ToHashSet(StringComparer.Ordinal);
        db.Units.RemoveRange(stored.Values.Where(u => !kept.Contains(u.Code)));
        for (var i = 0; i < file.Units.Count; i++)
        {
            var entry = file.Units[i];
            if (stored.TryGetValue(entry.Code, out var unit))
            {
                unit.Revise(entry);
            }
            else
            {
                unit = new Unit(planId, entry);
                db.Units.Add(unit);
            }

            unit.Position = i;
        }
    }

    private static async Task SyncOfficersAsync(ReformBotDbContext db, int planId, PlanFile file, CancellationToken cancellationToken)
    {
        var stored = await db.Officers.Where(o => o.PlanId == planId).ToDictionaryAsync(o => o.OfficerId, StringComparer.Ordinal, cancellationToken);
        var kept = file.Officers.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
        db.Officers.RemoveRange(stored.Values.Where(o => !kept.Contains(o.OfficerId)));
        for (var i = 0; i < file.Officers.Count; i++)
        {
            var entry = file.Officers[i];
            if (stored.TryGetValue(entry.Id, out var officer))
            {
                officer.Revise(entry);
            }
            else
            {
                officer = new Officer(planId, entry);
                db.Officers.Add(officer);
            }

            officer.Position = i;
        }
    }

    private static async Task SyncTasksAsync(ReformBotDbContext db, int planId, PlanFile file, CancellationToken cancellationToken)
    {
        var stored = await db.Tasks.Where(t => t.PlanId == planId).ToDictionaryAsync(t => t.Ref, StringComparer.Ordinal, cancellationToken);
        var kept = file.Tasks.Select(e => e.Ref).ToHashSet(StringComparer.Ordinal);
        foreach (var task in stored.Values.Where(t => !kept.Contains(t.Ref)))
        {
            task.Cancel();
        }

        for (var i = 0; i < file.Tasks.Count; i++)
        {
            var entry = file.Tasks[i];
            var assignees = PlanFileQueries.EffectiveAssignees(file, entry);
            if (stored.TryGetValue(entry.Ref, out var task))
            {
                task.Revise(entry, assignees);
            }
            else
            {
                task = new PlanTask(planId, entry, assignees);
                db.Tasks.Add(task);
            }

            task.Position = i;
        }
    }

    private static async Task SyncReportsAsync(ReformBotDbContext db, Plan plan, PlanFile file, CancellationToken cancellationToken)
    {
        var stored = await db.ReportSchedules.Where(r => r.PlanId == plan.Id).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, cancellationToken);
        foreach (var schedule in stored.Values.Where(r => !file.Reports.Any(e => e.Code == r.Code)))
        {
            schedule.Cancel();
        }

        for (var i = 0; i < file.Reports.Count; i++)
        {
            var entry = file.Reports[i];
            if (stored.TryGetValue(entry.Code, out var schedule))
            {
                schedule.Revise(entry);
            }
            else
            {
                schedule = new ReportSchedule(plan.Id, entry);
                db.ReportSchedules.Add(schedule);
            }

            schedule.Position = i;
        }

        // Periods need the schedules' ids.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var schedule in await db.ReportSchedules.Where(r => r.PlanId == plan.Id && !r.IsCancelled).ToListAsync(cancellationToken))
        {
            await SyncPeriodsAsync(db, plan, schedule, cancellationToken);
        }
    }

    /// <summary>
    /// The periods of the plan's year (from its issue date, up to the report that covers December) with one
    /// submission row per submitting unit. A period that no longer fits the schedule goes unless a unit already
    /// submitted for it; submissions already made are never lost.
    /// </summary>
    private static async Task SyncPeriodsAsync(ReformBotDbContext db, Plan plan, ReportSchedule schedule, CancellationToken cancellationToken)
    {
        var from = plan.IssuedOn ?? new DateOnly(plan.Year, 1, 1);
        var to = new DateOnly(plan.Year + 1, 1, 31);
        var wanted = ReportOccurrences.Between(schedule.ToEntry(), from, to).ToDictionary(o => o.DueDate);
        var periods = await db.ReportPeriods.Where(p => p.ScheduleId == schedule.Id).ToListAsync(cancellationToken);
        var periodIds = periods.Select(p => p.Id).ToList();
        var submissions = await db.ReportSubmissions.Where(s => periodIds.Contains(s.PeriodId)).ToListAsync(cancellationToken);

        foreach (var period in periods)
        {
            var mine = submissions.Where(s => s.PeriodId == period.Id).ToList();
            if (wanted.TryGetValue(period.DueDate, out var occurrence))
            {
                period.Reshape(occurrence.WindowStart, occurrence.WindowEnd, occurrence.Label);
                db.ReportSubmissions.RemoveRange(mine.Where(s => !s.IsSubmitted && !schedule.Submitters.Contains(s.UnitCode)));
                foreach (var unit in schedule.Submitters.Where(u => !mine.Any(s => s.UnitCode == u)))
                {
                    db.ReportSubmissions.Add(new ReportSubmission(period.Id, unit));
                }

                wanted.Remove(period.DueDate);
            }
            else if (!mine.Any(s => s.IsSubmitted))
            {
                db.ReportPeriods.Remove(period);
            }
        }

        var added = wanted.Values.Select(o => new ReportPeriod(schedule.Id, o.DueDate, o.WindowStart, o.WindowEnd, o.Label)).ToList();
        db.ReportPeriods.AddRange(added);
        await db.SaveChangesAsync(cancellationToken);
        foreach (var period in added)
        {
            db.ReportSubmissions.AddRange(schedule.Submitters.Select(unit => new ReportSubmission(period.Id, unit)));
        }
    }
}
