namespace ReformBot.Reminders;

/// <summary>
/// Section <c>Reminders</c>: the policy (<see cref="ReminderPolicy"/>'s keys at the section's root), per-plan
/// overrides under <c>Reminders:Plans:{plan code}</c>, and how the planner and the outbox run.
/// </summary>
public sealed class ReminderOptions
{
    public const string Section = "Reminders";

    private readonly Dictionary<string, ReminderPolicy> plans = new(StringComparer.Ordinal);

    /// <summary>How often the planner job wakes to write down the reminders that have come due and send the outbox.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Whether this instance runs the Quartz scheduler that wakes the reminder cycle. Off for an instance that should
    /// only answer chat (another instance, or the cluster, does the reminding); the test clock still runs cycles.
    /// </summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>
    /// The weekday of the weekly overdue digest (default Monday; the next working day when it is a day off). One day for
    /// all plans, so a person's overdue items of every plan come back together.
    /// </summary>
    public DayOfWeek WeeklyDigestDay { get; set; } = DayOfWeek.Monday;

    public ReminderPolicy Policy { get; } = new();

    public IReadOnlyDictionary<string, ReminderPolicy> Plans => plans;

    public ReminderPolicy For(string planCode) => plans.TryGetValue(planCode, out var policy) ? policy : Policy;

    internal void SetPlan(string planCode, ReminderPolicy policy) => plans[planCode] = policy;
}
