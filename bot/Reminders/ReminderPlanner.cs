using ReformBot.Calendar;

namespace ReformBot.Reminders;

/// <summary>
/// Decides, from the plans as they are now, who is reminded of what and when (../shared/DOMAIN.md, "Reminder policy").
/// Pure: no storage, no clock; the same input always gives the same reminders.
/// </summary>
public sealed class ReminderPlanner(WorkingCalendar calendar)
{
    /// <summary>The reminders whose <see cref="PlannedReminder.DueAt"/> is in (<paramref name="after"/>, <paramref name="upTo"/>], ordered by time, officer and key.</summary>
    public IReadOnlyList<PlannedReminder> Due(
        IReadOnlyList<PlanReminderState> plans,
        IReadOnlyList<ReminderSnooze> snoozes,
        Func<string, ReminderPolicy> policyFor,
        DateTimeOffset after,
        DateTimeOffset upTo)
    {
        _ = calendar;
        throw new NotImplementedException("Being written on branch planner.");
    }
}
