using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// When reminders go out (../shared/DOMAIN.md, "Reminder policy"). Bound from <c>Reminders</c> and, per plan, from
/// <c>Reminders:Plans:{plan code}</c> over those values.
/// </summary>
public sealed class ReminderPolicy
{
    /// <summary>Calendar days before a task's due date; a day off moves the reminder to the working day before.</summary>
    public IList<int> DaysBefore { get; set; } = [7, 3];

    /// <summary>Working days before a task's due date for the last reminder before it; 0 for none.</summary>
    public int WorkingDaysBefore { get; set; } = 1;

    /// <summary>Whether the due day itself gets a reminder (the working day before when the due day is a day off).</summary>
    public bool OnDueDay { get; set; } = true;

    /// <summary>Working days before a report's due date for its first reminder.</summary>
    public int ReportWorkingDaysBefore { get; set; } = 3;

    /// <summary>Working days after the legal due date for the first overdue reminder, to the assignee.</summary>
    public int OverdueAfterWorkingDays { get; set; } = 1;

    /// <summary>Working days after the legal due date when the unit head is told as well.</summary>
    public int EscalateAfterWorkingDays { get; set; } = 3;

    /// <summary>
    /// The weekday on which everything still overdue after the follow-ups comes back, together, in that day's message
    /// (the next working day when it is a day off): <c>Reminders:WeeklyDigestDay</c>, one day for all plans, copied here.
    /// </summary>
    public DayOfWeek WeeklyDigestDay { get; internal set; } = DayOfWeek.Monday;

    /// <summary>Local time of day of planned reminders.</summary>
    public TimeOnly At { get; set; } = new(8, 0);

    /// <summary>Check-in cadence for ongoing and all-year tasks that do not give one.</summary>
    public CheckInCadence DefaultCheckIn { get; set; } = CheckInCadence.Monthly;

    /// <summary>Local time from which reminders go out on working days: <c>Delivery:QuietUntil</c>, copied here for the planner.</summary>
    public TimeOnly QuietUntil { get; internal set; } = new(7, 30);

    /// <summary>Local time after which reminders wait for the next working morning: <c>Delivery:QuietFrom</c>, copied here for the planner.</summary>
    public TimeOnly QuietFrom { get; internal set; } = new(17, 30);

    public ReminderPolicy Copy() => new()
    {
        DaysBefore = [.. DaysBefore],
        WorkingDaysBefore = WorkingDaysBefore,
        OnDueDay = OnDueDay,
        ReportWorkingDaysBefore = ReportWorkingDaysBefore,
        OverdueAfterWorkingDays = OverdueAfterWorkingDays,
        EscalateAfterWorkingDays = EscalateAfterWorkingDays,
        WeeklyDigestDay = WeeklyDigestDay,
        At = At,
        DefaultCheckIn = DefaultCheckIn,
        QuietUntil = QuietUntil,
        QuietFrom = QuietFrom,
    };
}
