using System.Globalization;
using ReformBot.Calendar;
using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// Decides, from the plans as they are now, who is reminded of what and when (../shared/DOMAIN.md, "Reminder policy").
/// Pure: no storage, no clock; the same input always gives the same reminders.
/// </summary>
/// <remarks>
/// Every reminder date is computed from its item (a due date, a check-in month, a week number) and then filtered by
/// the range, so the cost depends on the number of items and the length of the range in weeks, never in minutes.
/// Readings of the policy that the domain text leaves open:
/// <list type="bullet">
/// <item><see cref="ReminderPolicy.DaysBefore"/>: its first entry is the <see cref="ReminderStage.Before7Days"/>
/// stage and its second the <see cref="ReminderStage.Before3Days"/> stage, whatever their values; further entries and
/// entries below 1 are ignored (the due day has its own stage).</item>
/// <item>A zero (or negative) <see cref="ReminderPolicy.WorkingDaysBefore"/>, <see cref="ReminderPolicy.ReportWorkingDaysBefore"/>,
/// <see cref="ReminderPolicy.OverdueAfterWorkingDays"/> or <see cref="ReminderPolicy.EscalateAfterWorkingDays"/> turns that
/// stage off (no escalation also means no weekly digest of the item).</item>
/// <item>The escalation (<see cref="ReminderStage.Overdue3WorkingDays"/>) goes to the assignee; unit heads hear of their
/// staff's overdue items on the weekly digest day (<see cref="ReminderPolicy.WeeklyDigestDay"/>, the next working day when
/// it is a day off), every week from the first one on or after the escalation, with everything else still overdue.</item>
/// <item><see cref="ReminderPolicy.OnDueDay"/> applies to reports as well as tasks.</item>
/// <item>Check-ins run up to and including the task's closing date.</item>
/// <item>Two weekly repeats pushed onto the same working day by a long break (Tết) are both kept, like two stages on
/// one day: their keys differ and the sender collapses reminders due at the same moment into one message.</item>
/// <item>A snooze of a task matches by plan, officer and ref (its unit code is not compared); a snooze of a report
/// matches by schedule code and unit code, over all periods, and its reminder comes only while one of that unit's
/// submissions of the schedule is still owed. The snoozed reminder's occurrence is the local date of the
/// snooze's <see cref="ReminderSnooze.Until"/>, before it is moved into working hours.</item>
/// </list>
/// </remarks>
public sealed class ReminderPlanner(WorkingCalendar calendar)
{
    /// <summary>
    /// How far a day off can push a date forward. The longest break is Tết (nine days with its weekends); the margin
    /// is for announcements that lengthen it.
    /// </summary>
    private const int DayOffSlack = 31;

    /// <summary>The reminders whose <see cref="PlannedReminder.DueAt"/> is in (<paramref name="after"/>, <paramref name="upTo"/>], ordered by time, officer and key.</summary>
    public IReadOnlyList<PlannedReminder> Due(
        IReadOnlyList<PlanReminderState> plans,
        IReadOnlyList<ReminderSnooze> snoozes,
        Func<string, ReminderPolicy> policyFor,
        DateTimeOffset after,
        DateTimeOffset upTo)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(snoozes);
        ArgumentNullException.ThrowIfNull(policyFor);
        if (upTo <= after)
        {
            return [];
        }

        var found = new Dictionary<string, PlannedReminder>(StringComparer.Ordinal);
        foreach (var state in plans)
        {
            var policy = policyFor(state.Plan.Code);
            var pass = new PlanPass(calendar, state, policy, after, upTo, found);
            pass.AddTasks();
            pass.AddReports();
            pass.AddSnoozed(snoozes.Where(s => string.Equals(s.PlanCode, state.Plan.Code, StringComparison.Ordinal)));
        }

        var held = snoozes.ToLookup(s => (s.PlanCode, s.OfficerId, s.Subject, s.ItemRef));
        return
        [
            .. found.Values
                .Where(r => !held[(r.PlanCode, r.OfficerId, r.Subject, r.ItemRef)].Any(s => Holds(s, r)))
                .OrderBy(r => r.DueAt)
                .ThenBy(r => r.OfficerId, StringComparer.Ordinal)
                .ThenBy(r => r.DedupeKey, StringComparer.Ordinal),
        ];
    }

    /// <summary>When a snooze to <paramref name="until"/> reminds: then, or the next working morning at the policy's hour when it falls in quiet hours or on a day off.</summary>
    public DateTimeOffset SnoozedAt(ReminderPolicy policy, DateTimeOffset until) => SnoozedAt(calendar, policy, until);

    private static DateTimeOffset SnoozedAt(WorkingCalendar calendar, ReminderPolicy policy, DateTimeOffset until)
    {
        var local = VietnamTime.ToLocal(until);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (!calendar.IsWorkingDay(date) || time > policy.QuietFrom)
        {
            return VietnamTime.ToUtc(calendar.NextWorkingDay(date), policy.At);
        }

        return time < policy.QuietUntil ? VietnamTime.ToUtc(date, policy.At) : until.ToUniversalTime();
    }

    private static bool Holds(ReminderSnooze snooze, PlannedReminder reminder) =>
        (reminder.Subject == ReminderSubject.Task || string.Equals(snooze.UnitCode, reminder.UnitCode, StringComparison.Ordinal))
        && reminder.DueAt > snooze.CreatedAt
        && reminder.DueAt < snooze.Until;

    private static bool IsOpen(PlanTask task) => task.State is not (TaskState.Done or TaskState.Cancelled);

    /// <summary>One reminder date of an item. <paramref name="Escalate"/>: the recipients' unit heads are told too.</summary>
    private readonly record struct Step(DateOnly Date, ReminderStage Stage, int Repeat, bool Escalate);

    /// <summary>The work on one plan with its policy, adding to the shared result.</summary>
    private sealed class PlanPass
    {
        private readonly WorkingCalendar calendar;
        private readonly PlanReminderState state;
        private readonly ReminderPolicy policy;
        private readonly DateTimeOffset after;
        private readonly DateTimeOffset upTo;
        private readonly DateOnly from;
        private readonly DateOnly to;
        private readonly Dictionary<string, PlannedReminder> found;
        private readonly Roster roster;
        private readonly Dictionary<CheckInCadence, IReadOnlyList<DateOnly>> checkIns = [];

        public PlanPass(
            WorkingCalendar calendar,
            PlanReminderState state,
            ReminderPolicy policy,
            DateTimeOffset after,
            DateTimeOffset upTo,
            Dictionary<string, PlannedReminder> found)
        {
            this.calendar = calendar;
            this.state = state;
            this.policy = policy;
            this.after = after;
            this.upTo = upTo;
            this.found = found;
            from = VietnamTime.DateOf(after);
            to = VietnamTime.DateOf(upTo);
            roster = new Roster(state);
        }

        private string PlanCode => state.Plan.Code;

        public void AddTasks()
        {
            var yearStart = new DateOnly(state.Plan.Year, 1, 1);
            var lifeStart = state.Plan.IssuedOn is { } issued && issued > yearStart ? issued : yearStart;
            foreach (var task in state.Tasks.Where(IsOpen))
            {
                var deadline = task.CurrentDeadline;
                var assignees = task.AssigneeIds.Where(roster.Knows).Distinct(StringComparer.Ordinal).ToList();
                if (assignees.Count == 0)
                {
                    continue;
                }

                if (deadline.ClosesOn is { } due)
                {
                    foreach (var step in BeforeSteps(due, forReport: false).Concat(OverdueSteps(due)))
                    {
                        foreach (var officer in assignees)
                        {
                            AddTask(task, due, officer, step);
                        }

                        if (step.Escalate)
                        {
                            foreach (var head in assignees.SelectMany(roster.HeadsOf))
                            {
                                AddTask(task, due, head, step);
                            }
                        }
                    }
                }

                if (deadline.Kind is DeadlineKind.Ongoing or DeadlineKind.Year)
                {
                    var lifeEnd = deadline.ClosesOn ?? DateOnly.MaxValue;
                    foreach (var date in CheckInDates(deadline.CheckIn ?? policy.DefaultCheckIn))
                    {
                        if (date < lifeStart || date > lifeEnd)
                        {
                            continue;
                        }

                        var step = new Step(date, ReminderStage.CheckIn, 0, false);
                        foreach (var officer in assignees)
                        {
                            AddTask(task, date, officer, step);
                        }
                    }
                }
            }
        }

        public void AddReports()
        {
            var periodsBySchedule = state.Periods.ToLookup(p => p.ScheduleId);
            var submissionsByPeriod = state.Submissions.Where(s => !s.IsSubmitted).ToLookup(s => s.PeriodId);
            foreach (var schedule in state.Reports.Where(r => !r.IsCancelled))
            {
                foreach (var period in periodsBySchedule[schedule.Id])
                {
                    var due = period.DueDate;
                    var steps = BeforeSteps(due, forReport: true).Concat(OverdueSteps(due)).ToList();
                    foreach (var submission in submissionsByPeriod[period.Id])
                    {
                        var recipients = roster.ReportRecipients(submission.UnitCode);
                        var heads = roster.UnitHeads(submission.UnitCode);
                        foreach (var step in steps)
                        {
                            foreach (var officer in step.Escalate ? recipients.Concat(heads) : recipients)
                            {
                                AddReport(schedule.Code, submission.UnitCode, due, officer, step);
                            }
                        }
                    }
                }
            }
        }

        public void AddSnoozed(IEnumerable<ReminderSnooze> snoozes)
        {
            foreach (var snooze in snoozes)
            {
                if (!roster.Knows(snooze.OfficerId) || !IsStillOwed(snooze))
                {
                    continue;
                }

                var occurrence = VietnamTime.DateOf(snooze.Until);
                var step = new Step(occurrence, ReminderStage.Snoozed, 0, false);
                var at = SnoozedAt(calendar, policy, snooze.Until);
                if (snooze.Subject == ReminderSubject.Task)
                {
                    Add(TaskKey(snooze.ItemRef, occurrence, snooze.OfficerId, step), at, snooze.OfficerId, ReminderSubject.Task, snooze.ItemRef, null, occurrence, step);
                }
                else
                {
                    var unit = snooze.UnitCode ?? string.Empty;
                    Add(ReportKey(snooze.ItemRef, unit, occurrence, snooze.OfficerId, step), at, snooze.OfficerId, ReminderSubject.Report, snooze.ItemRef, snooze.UnitCode, occurrence, step);
                }
            }
        }

        private bool IsStillOwed(ReminderSnooze snooze)
        {
            if (snooze.Subject == ReminderSubject.Task)
            {
                return state.Tasks.Any(t => string.Equals(t.Ref, snooze.ItemRef, StringComparison.Ordinal) && IsOpen(t));
            }

            var periodIds = state.Reports
                .Where(r => !r.IsCancelled && string.Equals(r.Code, snooze.ItemRef, StringComparison.Ordinal))
                .SelectMany(r => state.Periods.Where(p => p.ScheduleId == r.Id))
                .Select(p => p.Id)
                .ToHashSet();
            return state.Submissions.Any(s =>
                !s.IsSubmitted && periodIds.Contains(s.PeriodId) && string.Equals(s.UnitCode, snooze.UnitCode, StringComparison.Ordinal));
        }

        private IEnumerable<Step> BeforeSteps(DateOnly due, bool forReport)
        {
            if (forReport)
            {
                if (policy.ReportWorkingDaysBefore > 0)
                {
                    var dueDay = calendar.WorkingDayOnOrBefore(due);
                    yield return new Step(calendar.AddWorkingDays(dueDay, -policy.ReportWorkingDaysBefore), ReminderStage.Before3Days, 0, false);
                }
            }
            else
            {
                ReminderStage[] stages = [ReminderStage.Before7Days, ReminderStage.Before3Days];
                for (var i = 0; i < Math.Min(stages.Length, policy.DaysBefore.Count); i++)
                {
                    if (policy.DaysBefore[i] > 0)
                    {
                        yield return new Step(calendar.WorkingDayOnOrBefore(due.AddDays(-policy.DaysBefore[i])), stages[i], 0, false);
                    }
                }

                if (policy.WorkingDaysBefore > 0)
                {
                    yield return new Step(calendar.AddWorkingDays(due, -policy.WorkingDaysBefore), ReminderStage.Before1WorkingDay, 0, false);
                }
            }

            if (policy.OnDueDay)
            {
                yield return new Step(calendar.WorkingDayOnOrBefore(due), ReminderStage.DueDay, 0, false);
            }
        }

        private IEnumerable<Step> OverdueSteps(DateOnly due)
        {
            var legal = calendar.LegalDueDate(due);
            if (policy.OverdueAfterWorkingDays > 0)
            {
                yield return new Step(calendar.AddWorkingDays(legal, policy.OverdueAfterWorkingDays), ReminderStage.Overdue1WorkingDay, 0, false);
            }

            if (policy.EscalateAfterWorkingDays <= 0)
            {
                yield break;
            }

            // The escalation follow-up goes to the assignee; from then on the item comes back once a week, on the weekly
            // digest day, together with everything else still overdue, to the assignee and their unit heads.
            var escalation = calendar.AddWorkingDays(legal, policy.EscalateAfterWorkingDays);
            yield return new Step(escalation, ReminderStage.Overdue3WorkingDays, 0, false);
            var firstNominal = escalation.AddDays(((int)policy.WeeklyDigestDay - (int)escalation.DayOfWeek + 7) % 7);

            // Jump to the first week that can reach the range: a day off moves a digest day forward by at most a break's length.
            var first = Math.Max(0, (from.DayNumber - DayOffSlack - firstNominal.DayNumber) / 7);
            for (var week = first; ; week++)
            {
                var nominal = firstNominal.AddDays(week * 7);
                if (nominal > to)
                {
                    yield break;
                }

                var date = calendar.WorkingDayOnOrAfter(nominal);
                if (date >= from)
                {
                    yield return new Step(date, ReminderStage.OverdueWeekly, week + 1, true);
                }
            }
        }

        /// <summary>The check-in days of a cadence inside the range's dates, computed once per plan.</summary>
        private IReadOnlyList<DateOnly> CheckInDates(CheckInCadence cadence)
        {
            if (!checkIns.TryGetValue(cadence, out var dates))
            {
                dates = [.. CheckInCandidates(cadence).Where(d => d >= from && d <= to)];
                checkIns[cadence] = dates;
            }

            return dates;
        }

        private IEnumerable<DateOnly> CheckInCandidates(CheckInCadence cadence)
        {
            switch (cadence)
            {
                case CheckInCadence.Monthly:
                case CheckInCadence.Quarterly:
                    // The check-in goes with the report due in month m (on the 2nd, or the 15th of a quarter's last
                    // month), which is asked for before the due day; so months up to two after the range can reach it.
                    var last = new DateOnly(to.Year, to.Month, 1).AddMonths(2);
                    for (var month = new DateOnly(from.Year, from.Month, 1); month <= last; month = month.AddMonths(1))
                    {
                        if (cadence == CheckInCadence.Quarterly && month.Month % 3 != 0)
                        {
                            continue;
                        }

                        var anchor = new DateOnly(month.Year, month.Month, cadence == CheckInCadence.Monthly ? 2 : 15);
                        yield return calendar.AddWorkingDays(calendar.WorkingDayOnOrBefore(anchor), -Math.Max(0, policy.ReportWorkingDaysBefore));
                    }

                    break;
                case CheckInCadence.Weekly:
                    for (var monday = from.AddDays(-(((int)from.DayOfWeek + 6) % 7)); monday <= to; monday = monday.AddDays(7))
                    {
                        for (var day = monday; day < monday.AddDays(7); day = day.AddDays(1))
                        {
                            if (calendar.IsWorkingDay(day))
                            {
                                yield return day;
                                break;
                            }
                        }
                    }

                    break;
                default:
                    break;
            }
        }

        private void AddTask(PlanTask task, DateOnly occurrence, string officerId, Step step) =>
            Add(TaskKey(task.Ref, occurrence, officerId, step), VietnamTime.ToUtc(step.Date, policy.At), officerId, ReminderSubject.Task, task.Ref, null, occurrence, step);

        private void AddReport(string code, string unitCode, DateOnly occurrence, string officerId, Step step) =>
            Add(ReportKey(code, unitCode, occurrence, officerId, step), VietnamTime.ToUtc(step.Date, policy.At), officerId, ReminderSubject.Report, code, unitCode, occurrence, step);

        private void Add(string key, DateTimeOffset dueAt, string officerId, ReminderSubject subject, string itemRef, string? unitCode, DateOnly occurrence, Step step)
        {
            if (dueAt <= after || dueAt > upTo)
            {
                return;
            }

            found.TryAdd(key, new PlannedReminder(key, dueAt, officerId, state.Plan.Id, PlanCode, subject, itemRef, unitCode, occurrence, step.Stage, step.Repeat));
        }

        private string TaskKey(string itemRef, DateOnly occurrence, string officerId, Step step) =>
            string.Create(CultureInfo.InvariantCulture, $"{PlanCode}|task|{itemRef}|{occurrence:yyyy-MM-dd}|{officerId}|{Wire(step)}");

        private string ReportKey(string code, string unitCode, DateOnly occurrence, string officerId, Step step) =>
            string.Create(CultureInfo.InvariantCulture, $"{PlanCode}|report|{code}|{unitCode}|{occurrence:yyyy-MM-dd}|{officerId}|{Wire(step)}");

        private static string Wire(Step step) =>
            step.Stage == ReminderStage.OverdueWeekly
                ? string.Create(CultureInfo.InvariantCulture, $"{ReminderStages.WireName(step.Stage)}-{step.Repeat}")
                : ReminderStages.WireName(step.Stage);
    }

    /// <summary>Who is who in one plan: officers by id and unit, and the unit tree for finding heads.</summary>
    private sealed class Roster
    {
        private readonly Dictionary<string, Officer> officers = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<Officer>> byUnit = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string?> parents = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> headsOfOfficer = new(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<string>> headsOfUnit = new(StringComparer.Ordinal);

        public Roster(PlanReminderState state)
        {
            foreach (var officer in state.Officers)
            {
                officers.TryAdd(officer.OfficerId, officer);
                if (!byUnit.TryGetValue(officer.Unit, out var members))
                {
                    members = [];
                    byUnit[officer.Unit] = members;
                }

                members.Add(officer);
            }

            foreach (var unit in state.Units)
            {
                parents.TryAdd(unit.Code, unit.Parent);
            }
        }

        public bool Knows(string officerId) => officers.ContainsKey(officerId);

        /// <summary>The heads an officer answers to: the other heads of their unit, else the nearest heads above it.</summary>
        public IReadOnlyList<string> HeadsOf(string officerId)
        {
            if (headsOfOfficer.TryGetValue(officerId, out var heads))
            {
                return heads;
            }

            var officer = officers[officerId];
            heads = [.. Members(officer.Unit).Where(o => o.Has(OfficerRole.UnitHead) && o.OfficerId != officerId).Select(o => o.OfficerId)];
            if (heads.Count == 0 && parents.TryGetValue(officer.Unit, out var parent) && parent is not null)
            {
                heads = UnitHeads(parent);
            }

            headsOfOfficer[officerId] = heads;
            return heads;
        }

        /// <summary>The heads of a unit, else of the nearest unit above it that has some.</summary>
        public IReadOnlyList<string> UnitHeads(string unitCode)
        {
            if (headsOfUnit.TryGetValue(unitCode, out var heads))
            {
                return heads;
            }

            heads = [];
            var visited = new HashSet<string>(StringComparer.Ordinal);
            for (string? unit = unitCode; unit is not null && visited.Add(unit); unit = parents.GetValueOrDefault(unit))
            {
                heads = [.. Members(unit).Where(o => o.Has(OfficerRole.UnitHead)).Select(o => o.OfficerId)];
                if (heads.Count > 0)
                {
                    break;
                }
            }

            headsOfUnit[unitCode] = heads;
            return heads;
        }

        /// <summary>Who writes a unit's report: its officers, else its heads.</summary>
        public List<string> ReportRecipients(string unitCode)
        {
            var members = Members(unitCode);
            var writers = members.Where(o => o.Has(OfficerRole.Officer)).Select(o => o.OfficerId).ToList();
            return writers.Count > 0 ? writers : [.. members.Where(o => o.Has(OfficerRole.UnitHead)).Select(o => o.OfficerId)];
        }

        private List<Officer> Members(string unitCode) =>
            byUnit.TryGetValue(unitCode, out var members) ? members : [];
    }
}
