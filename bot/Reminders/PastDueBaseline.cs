using ReformBot.Calendar;
using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// Which open items of a plan are past at import: a task whose closing day or a unit's unsubmitted report whose due
/// date is legally over (../shared/DOMAIN.md: the next working day when it falls on a day off), or due before the
/// plan's issue date. Pure: the date is given.
/// </summary>
public static class PastDueBaseline
{
    /// <summary>One item found past: a task (empty <paramref name="UnitCode"/>) or one unit's report occurrence.</summary>
    public sealed record Candidate(ReminderSubject Subject, string ItemRef, string UnitCode, DateOnly DueDate);

    public static bool IsPast(WorkingCalendar calendar, DateOnly due, DateOnly today, DateOnly? issuedOn)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.LegalDueDate(due) < today || (issuedOn is { } issued && due < issued);
    }

    public static IReadOnlyList<Candidate> Find(
        WorkingCalendar calendar,
        DateOnly today,
        DateOnly? issuedOn,
        IEnumerable<PlanTask> tasks,
        IEnumerable<ReportSchedule> schedules,
        IEnumerable<ReportPeriod> periods,
        IEnumerable<ReportSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(submissions);
        var found = new List<Candidate>();
        foreach (var task in tasks.Where(t => t.State is not (TaskState.Done or TaskState.Cancelled)))
        {
            if (task.CurrentDeadline.ClosesOn is { } due && IsPast(calendar, due, today, issuedOn))
            {
                found.Add(new Candidate(ReminderSubject.Task, task.Ref, string.Empty, due));
            }
        }

        var codes = schedules.Where(s => !s.IsCancelled).ToDictionary(s => s.Id, s => s.Code);
        var owed = submissions.Where(s => !s.IsSubmitted).ToLookup(s => s.PeriodId);
        foreach (var period in periods.Where(p => codes.ContainsKey(p.ScheduleId)).OrderBy(p => p.DueDate))
        {
            if (!IsPast(calendar, period.DueDate, today, issuedOn))
            {
                continue;
            }

            found.AddRange(owed[period.Id].Select(s => new Candidate(ReminderSubject.Report, codes[period.ScheduleId], s.UnitCode, period.DueDate)));
        }

        return found;
    }
}
