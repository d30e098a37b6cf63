namespace ReformBot.Reminders;

/// <summary>
/// The wire names of <see cref="ReminderStage"/>, as they appear in dedupe keys and the admin API. Keys outlive
/// releases, so these names never change even if the enum members are renamed.
/// </summary>
public static class ReminderStages
{
    private static readonly (ReminderStage Stage, string Wire)[] Names =
    [
        (ReminderStage.Before7Days, "before-7d"),
        (ReminderStage.Before3Days, "before-3d"),
        (ReminderStage.Before1WorkingDay, "before-1wd"),
        (ReminderStage.DueDay, "due"),
        (ReminderStage.Overdue1WorkingDay, "overdue-1wd"),
        (ReminderStage.Overdue3WorkingDays, "overdue-3wd"),
        (ReminderStage.OverdueWeekly, "overdue-weekly"),
        (ReminderStage.CheckIn, "check-in"),
        (ReminderStage.Snoozed, "snoozed"),
    ];

    public static string WireName(ReminderStage stage)
    {
        foreach (var (s, wire) in Names)
        {
            if (s == stage)
            {
                return wire;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown reminder stage.");
    }

    /// <summary>Reads a wire name exactly as <see cref="WireName"/> writes it (case-sensitive, no week suffix).</summary>
    public static bool TryParse(string wire, out ReminderStage stage)
    {
        foreach (var (s, name) in Names)
        {
            if (string.Equals(name, wire, StringComparison.Ordinal))
            {
                stage = s;
                return true;
            }
        }

        stage = default;
        return false;
    }
}
