using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Bench;

/// <summary>The sample plan, enlarged with dated tasks, as the planner sees it (built in memory as the plan store would).</summary>
public static class BenchPlans
{
    public static PlanReminderState LapVo(int planId, int extraTasks)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "plans", "lapvo-104-2024.json")))!.AsObject();
        json["plan"]!["code"] = $"{planId}/KH-UBND";
        var tasks = json["tasks"]!.AsArray();
        for (var i = 0; i < extraTasks; i++)
        {
            tasks.Add(new JsonObject
            {
                ["ref"] = $"X.{i}",
                ["title"] = $"Nhiệm vụ {i}",
                ["lead"] = new JsonArray("LV-VP"),
                ["coordinating"] = new JsonArray(),
                ["assignees"] = new JsonArray("lv.vp.cv1"),
                ["deadline"] = new DateOnly(2024, 1, 15).AddDays(i * 3 % 340).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        var read = PlanFileReader.Read(Encoding.UTF8.GetBytes(json.ToJsonString()));
        var file = read.Plan ?? throw new InvalidOperationException(string.Join("; ", read.Errors.Select(e => $"{e.Path}: {e.Message}")));
        var plan = Plan.Create(file.Plan, DateTimeOffset.UnixEpoch);
        SetId(plan, planId);
        var schedules = new List<ReportSchedule>();
        var periods = new List<ReportPeriod>();
        var submissions = new List<ReportSubmission>();
        foreach (var entry in file.Reports)
        {
            var schedule = new ReportSchedule(plan.Id, entry);
            SetId(schedule, (planId * 100) + schedules.Count + 1);
            schedules.Add(schedule);
            foreach (var occurrence in ReportOccurrences.Between(entry, new DateOnly(2024, 1, 1), new DateOnly(2025, 1, 31)))
            {
                var period = new ReportPeriod(schedule.Id, occurrence.DueDate, occurrence.WindowStart, occurrence.WindowEnd, occurrence.Label);
                SetId(period, (planId * 10_000) + periods.Count + 1);
                periods.Add(period);
                foreach (var unit in entry.Submitters)
                {
                    var submission = new ReportSubmission(period.Id, unit);
                    SetId(submission, (planId * 1_000_000) + submissions.Count + 1);
                    submissions.Add(submission);
                }
            }
        }

        return new PlanReminderState(
            plan,
            [.. file.Units.Select(u => new Unit(plan.Id, u))],
            [.. file.Officers.Select(o => new Officer(plan.Id, o))],
            [.. file.Tasks.Select(t => new PlanTask(plan.Id, t, PlanFileQueries.EffectiveAssignees(file, t)))],
            schedules,
            periods,
            submissions);
    }

    // Entities get their ids from the database; periods and submissions refer to them, so they are set here.
    private static void SetId(object entity, long id)
    {
        var property = entity.GetType().GetProperty("Id")!;
        property.SetValue(entity, Convert.ChangeType(id, property.PropertyType, CultureInfo.InvariantCulture));
    }
}
