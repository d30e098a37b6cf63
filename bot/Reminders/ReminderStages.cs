namespace ReformBot.Reminders;

/// <summary>The wire names of <see cref="ReminderStage"/>, used in dedupe keys and the admin API.</summary>
public static class ReminderStages
{
    private static readonly Dictionary<ReminderStage, string> Names = new()
    {
        [ReminderStage.Before7Days] = "before-7d",
        [ReminderStage.Before3Days] = "before-3d",
        [ReminderStage.Before1WorkingDay] = "before-1wd",
        [ReminderStage.DueDay] = "due",
        [ReminderStage.Overdue1WorkingDay] = "overdue-1wd",
        [ReminderStage.Overdue3WorkingDays] = "overdue-3wd",
        [ReminderStage.OverdueWeekly] = "overdue-weekly",
        [ReminderStage.CheckIn] = "check-in",
        [ReminderStage.Snoozed] = "snoozed",
    };

    public static string WireName(ReminderStage stage) => Names[stage];

    public static bool TryParse(string wire, out ReminderStage stage)
    {
        foreach (var (key, name) in Names)
        {
            if (name == wire)
            {
                stage = key;
                return true;
            }
        }

        stage = default;
        return false;
    }
}
