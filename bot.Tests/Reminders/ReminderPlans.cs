using System.Text.Json.Nodes;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// A fixture plan as the planner sees it, built in memory the way the plan store builds it (assignees default to the
/// heads of the lead units, one period per occurrence, one submission row per submitting unit). Ids are set by hand
/// because periods and submissions refer to their schedule and period by id.
/// </summary>
public static class ReminderPlans
{
    public const string LapVo = "lapvo-104-2024.json";

    public static readonly DateTimeOffset LoadedAt = new(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    public static PlanReminderState LapVoState(Action<JsonObject>? edit = null, DateOnly? periodsTo = null)
    {
        var json = PlanJson.Load(LapVo);
        edit?.Invoke(json);
        var read = PlanFileReader.Read(PlanJson.Bytes(json));
        var file = read.Plan ?? throw new InvalidOperationException(string.Join("; ", read.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return Build(file, new DateOnly(2024, 1, 1), periodsTo ?? new DateOnly(2025, 1, 31));
    }

    public static PlanReminderState Build(PlanFile file, DateOnly periodsFrom, DateOnly periodsTo)
    {
        var plan = Plan.Create(file.Plan, LoadedAt);
        SetId(plan, 1);
        var units = file.Units.Select(u => new Unit(plan.Id, u)).ToList();
        var officers = file.Officers.Select(o => new Officer(plan.Id, o)).ToList();
        var tasks = file.Tasks.Select(t => new PlanTask(plan.Id, t, PlanFileQueries.EffectiveAssignees(file, t))).ToList();
        var schedules = new List<ReportSchedule>();
        var periods = new List<ReportPeriod>();
        var submissions = new List<ReportSubmission>();
        foreach (var entry in file.Reports)
        {
            var schedule = new ReportSchedule(plan.Id, entry);
            SetId(schedule, schedules.Count + 1);
            schedules.Add(schedule);
            foreach (var occurrence in ReportOccurrences.Between(entry, periodsFrom, periodsTo))
            {
                var period = new ReportPeriod(schedule.Id, occurrence.DueDate, occurrence.WindowStart, occurrence.WindowEnd, occurrence.Label);
                SetId(period, periods.Count + 1);
                periods.Add(period);
                foreach (var unit in entry.Submitters)
                {
                    var submission = new ReportSubmission(period.Id, unit);
                    SetId(submission, submissions.Count + 1);
                    submissions.Add(submission);
                }
            }
        }

        return new PlanReminderState(plan, units, officers, tasks, schedules, periods, submissions);
    }

    public static PlanTask Task(this PlanReminderState state, string taskRef) => state.Tasks.Single(t => t.Ref == taskRef);

    /// <summary>The submission rows of one schedule's periods, optionally only those due on one date or from one unit.</summary>
    public static IEnumerable<ReportSubmission> Submissions(this PlanReminderState state, string scheduleCode, DateOnly? due = null, string? unit = null)
    {
        var schedule = state.Reports.Single(r => r.Code == scheduleCode);
        var periodIds = state.Periods.Where(p => p.ScheduleId == schedule.Id && (due is null || p.DueDate == due)).Select(p => p.Id).ToHashSet();
        return state.Submissions.Where(s => periodIds.Contains(s.PeriodId) && (unit is null || s.UnitCode == unit));
    }

    /// <summary>Marks every submission of the plan due before <paramref name="before"/> as sent, on its due date.</summary>
    public static void SubmitAllDueBefore(this PlanReminderState state, DateOnly before, params (string Schedule, DateOnly Due, string Unit)[] except)
    {
        foreach (var period in state.Periods.Where(p => p.DueDate < before))
        {
            var schedule = state.Reports.Single(r => r.Id == period.ScheduleId);
            foreach (var submission in state.Submissions.Where(s => s.PeriodId == period.Id))
            {
                if (!except.Contains((schedule.Code, period.DueDate, submission.UnitCode)))
                {
                    submission.MarkSubmitted("test", "test", null, VietnamTime.ToUtc(period.DueDate, new TimeOnly(9, 0)));
                }
            }
        }
    }

    public static JsonObject NewTask(string taskRef, string unit, string assignee, JsonNode deadline) => new()
    {
        ["ref"] = taskRef,
        ["title"] = $"Nhiệm vụ thử {taskRef}",
        ["lead"] = new JsonArray(unit),
        ["coordinating"] = new JsonArray(),
        ["assignees"] = new JsonArray(assignee),
        ["deadline"] = deadline,
    };

    private static void SetId(object entity, long id)
    {
        var property = entity.GetType().GetProperty("Id") ?? throw new InvalidOperationException($"{entity.GetType().Name} has no Id.");
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
    }
}
