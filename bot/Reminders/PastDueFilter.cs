using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// Tells, for one plan, whether a task or a unit's report submission is one of the items left alone because it was
/// already overdue at import. A task is held only while its deadline in force is the one recorded: an approved
/// extension or a revised deadline makes it an item to chase again.
/// </summary>
public sealed class PastDueFilter
{
    private readonly HashSet<(string Ref, DateOnly Due)> tasks = [];
    private readonly HashSet<(long PeriodId, string Unit)> submissions = [];

    public PastDueFilter(IEnumerable<PastDueItem> leftAlone, IEnumerable<ReportSchedule> schedules, IEnumerable<ReportPeriod> periods)
    {
        ArgumentNullException.ThrowIfNull(leftAlone);
        ArgumentNullException.ThrowIfNull(schedules);
        ArgumentNullException.ThrowIfNull(periods);
        var codes = schedules.ToDictionary(s => s.Id, s => s.Code);
        var periodIds = periods
            .Where(p => codes.ContainsKey(p.ScheduleId))
            .ToLookup(p => (codes[p.ScheduleId], p.DueDate), p => p.Id);
        foreach (var item in leftAlone.Where(i => i.IsLeftAlone))
        {
            if (item.Subject == ReminderSubject.Task)
            {
                tasks.Add((item.ItemRef, item.DueDate));
            }
            else
            {
                foreach (var periodId in periodIds[(item.ItemRef, item.DueDate)])
                {
                    submissions.Add((periodId, item.UnitCode));
                }
            }
        }
    }

    public bool Holds(PlanTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return tasks.Count > 0 && task.CurrentDeadline.ClosesOn is { } due && tasks.Contains((task.Ref, due));
    }

    public bool Holds(ReportSubmission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        return submissions.Contains((submission.PeriodId, submission.UnitCode));
    }
}
