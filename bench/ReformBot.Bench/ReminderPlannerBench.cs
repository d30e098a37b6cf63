using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Bench;

/// <summary>
/// The planner runs every minute over every plan: one minute's window must cost next to nothing, and a year (the
/// admin API's longest range, or catching up after long downtime) must stay well under a second.
/// Targets: one-minute window under 5 ms, one year under 500 ms, for three plans of about 130 open tasks each.
/// </summary>
[MemoryDiagnoser]
public class ReminderPlannerBench
{
    private readonly ReminderPlanner planner = new(new WorkingCalendar());
    private readonly ReminderPolicy policy = new();
    private IReadOnlyList<PlanReminderState> plans = [];

    [Params(1, 3)]
    public int Plans { get; set; }

    [GlobalSetup]
    public void Setup() => plans = [.. Enumerable.Range(0, Plans).Select(i => BenchPlans.LapVo(planId: i + 1, extraTasks: 120))];

    [Benchmark]
    public int OneMinute()
    {
        var from = VietnamTime.ToUtc(new DateOnly(2024, 12, 2), new TimeOnly(7, 59));
        return planner.Due(plans, [], _ => policy, from, from.AddMinutes(1)).Count;
    }

    [Benchmark]
    public int OneYear() =>
        planner.Due(plans, [], _ => policy, VietnamTime.ToUtc(new DateOnly(2024, 1, 1), TimeOnly.MinValue), VietnamTime.ToUtc(new DateOnly(2025, 1, 1), TimeOnly.MinValue)).Count;
}
