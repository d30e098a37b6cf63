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

    /// <summary>
    /// Tasks are what a province's plan has tens of thousands of: the stored ones are read, revised and saved a chunk at a
    /// time, then the new ones added a chunk at a time, each chunk let go of once saved, so the change tracker never holds
    /// the whole plan (and its snapshots) at once.
    /// </summary>
    private static async Task SyncTasksAsync(ReformBotDbContext db, int planId, PlanFile file, CancellationToken cancellationToken)
    {
        var positions = new Dictionary<string, int>(file.Tasks.Count, StringComparer.Ordinal);
        for (var i = 0; i < file.Tasks.Count; i++)
        {
            positions.TryAdd(file.Tasks[i].Ref, i);
        }

        var stored = new bool[file.Tasks.Count];
        var chunk = new List<PlanTask>(TasksPerSave);
        for (var after = 0L; ; after = chunk[^1].Id)
        {
            chunk = await db.Tasks.Where(t => t.PlanId == planId && t.Id > after).OrderBy(t => t.Id).Take(TasksPerSave).ToListAsync(cancellationToken);
            if (chunk.Count == 0)
            {
                break;
            }

            foreach (var task in chunk)
            {
                if (positions.TryGetValue(task.Ref, out var i))
                {
                    task.Revise(file.Tasks[i], PlanFileQueries.EffectiveAssignees(file, file.Tasks[i]));
                    task.Position = i;
                    stored[i] = true;
                }
                else
                {
                    task.Cancel();
                }
            }

            await SaveAndForgetAsync(db, chunk, cancellationToken);
        }

        chunk.Clear();
        for (var i = 0; i < file.Tasks.Count; i++)
        {
            if (!stored[i])
            {
                var task = new PlanTask(planId, file.Tasks[i], PlanFileQueries.EffectiveAssignees(file, file.Tasks[i])) { Position = i };
                db.Tasks.Add(task);
                chunk.Add(task);
                if (chunk.Count == TasksPerSave)
                {
                    await SaveAndForgetAsync(db, chunk, cancellationToken);
                    chunk.Clear();
                }
            }
        }

        await SaveAndForgetAsync(db, chunk, cancellationToken);
    }

    private const int TasksPerSave = 1000;

    private static async Task SaveAndForgetAsync(ReformBotDbContext db, List<PlanTask> tasks, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        foreach (var task in tasks)
        {
            db.Entry(task).State = EntityState.Detached;
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
