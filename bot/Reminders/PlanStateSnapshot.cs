using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// Everything stored of the plans' state at one version (<see cref="Plan.StateVersion"/>), read once and shared by
/// every planning round and every composed message until the version moves on: the planner's view (past-due items
/// left alone taken out) and lookups for composing. Read-only; entities are untracked.
/// </summary>
public sealed class PlanStateSnapshot
{
    public PlanStateSnapshot(
        IReadOnlyList<(int Id, int Revision, long StateVersion)> stamp,
        IReadOnlyList<Plan> plans,
        IReadOnlyList<Unit> units,
        IReadOnlyList<Officer> officers,
        IReadOnlyList<PlanTask> tasks,
        IReadOnlyList<ReportSchedule> reports,
        IReadOnlyList<ReportPeriod> periods,
        IReadOnlyList<ReportSubmission> submissions,
        IReadOnlyList<PastDueItem> leftAlone)
    {
        Stamp = stamp;
        Plans = plans.ToDictionary(p => p.Id);
        var unitsByPlan = units.ToLookup(u => u.PlanId);
        var officersByPlan = officers.ToLookup(o => o.PlanId);
        var tasksByPlan = tasks.ToLookup(t => t.PlanId);
        var reportsByPlan = reports.ToLookup(r => r.PlanId);
        var periodsBySchedule = periods.ToLookup(p => p.ScheduleId);
        var submissionsByPeriod = submissions.ToLookup(s => s.PeriodId);
        var leftAloneByPlan = leftAlone.ToLookup(i => i.PlanId);
        Units = units.GroupBy(u => (u.PlanId, u.Code)).ToDictionary(g => g.Key, g => g.First());
        Officers = officers.GroupBy(o => (o.PlanId, o.OfficerId)).ToDictionary(g => g.Key, g => g.First());
        Tasks = tasks.GroupBy(t => (t.PlanId, t.Ref)).ToDictionary(g => g.Key, g => g.First());
        Reports = reports.GroupBy(r => (r.PlanId, r.Code)).ToDictionary(g => g.Key, g => g.First());
        Periods = periodsBySchedule;
        Submissions = submissionsByPeriod;
        States = [.. plans.Select(plan =>
        {
            var planReports = reportsByPlan[plan.Id].ToList();
            var planPeriods = planReports.SelectMany(r => periodsBySchedule[r.Id]).ToList();
            var past = new PastDueFilter(leftAloneByPlan[plan.Id], planReports, planPeriods);
            return new PlanReminderState(
                plan,
                [.. unitsByPlan[plan.Id]],
                [.. officersByPlan[plan.Id]],
                [.. tasksByPlan[plan.Id].Where(t => !past.Holds(t))],
                planReports,
                planPeriods,
                [.. planPeriods.SelectMany(p => submissionsByPeriod[p.Id]).Where(s => !past.Holds(s))]);
        })];
    }

    /// <summary>Each plan's id, revision and state version when this was read.</summary>
    public IReadOnlyList<(int Id, int Revision, long StateVersion)> Stamp { get; }

    /// <summary>The planner's view of every plan.</summary>
    public IReadOnlyList<PlanReminderState> States { get; }

    public IReadOnlyDictionary<int, Plan> Plans { get; }
    public IReadOnlyDictionary<(int PlanId, string Code), Unit> Units { get; }
    public IReadOnlyDictionary<(int PlanId, string OfficerId), Officer> Officers { get; }
    public IReadOnlyDictionary<(int PlanId, string Ref), PlanTask> Tasks { get; }
    public IReadOnlyDictionary<(int PlanId, string Code), ReportSchedule> Reports { get; }
    public ILookup<long, ReportPeriod> Periods { get; }
    public ILookup<long, ReportSubmission> Submissions { get; }
}
