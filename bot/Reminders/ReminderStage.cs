namespace ReformBot.Reminders;

/// <summary>
/// Where a reminder stands relative to its item's due date. Wire names (in dedupe keys and the admin API):
/// before-7d, before-3d, before-1wd, due, overdue-1wd, overdue-3wd, overdue-weekly, check-in, snoozed.
/// </summary>
public enum ReminderStage
{
    /// <summary>Seven calendar days before the due date.</summary>
    Before7Days,

    /// <summary>Three calendar days before a task's due date; three working days before a report's.</summary>
    Before3Days,

    /// <summary>One working day before the due date (tasks only).</summary>
    Before1WorkingDay,

    /// <summary>On the due day, or the working day before when the due day is a day off.</summary>
    DueDay,

    /// <summary>One working day after the legal due date (Civil Code Art. 148): to the assignee or reporting unit.</summary>
    Overdue1WorkingDay,

    /// <summary>Three working days after the legal due date: to the assignee and their unit head.</summary>
    Overdue3WorkingDays,

    /// <summary>Every week after that until resolved (<see cref="PlannedReminder.Repeat"/> counts the weeks).</summary>
    OverdueWeekly,

    /// <summary>A periodic question about status and progress of an ongoing or all-year task.</summary>
    CheckIn,

    /// <summary>The reminder the officer asked for when they snoozed one.</summary>
    Snoozed,
}
