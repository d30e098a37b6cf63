using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>What the planner needs to know of one plan: its current revision and the state of its work.</summary>
/// <param name="Periods">The stored periods of <paramref name="Reports"/> (cancelled schedules included; the planner skips them).</param>
/// <param name="Submissions">Every submission row of those periods; a submitted one ends that unit's reminders.</param>
public sealed record PlanReminderState(
    Plan Plan,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<Officer> Officers,
    IReadOnlyList<PlanTask> Tasks,
    IReadOnlyList<ReportSchedule> Reports,
    IReadOnlyList<ReportPeriod> Periods,
    IReadOnlyList<ReportSubmission> Submissions);
