namespace ReformBot.Delivery;

/// <summary>
/// Settings that moved to <c>Delivery:*</c>. Any of the old names in the configuration stops the start-up with a
/// message naming the new one, so nobody believes an old setting still works.
/// </summary>
internal static class MovedSettings
{
    private static readonly (string Old, string New)[] Moves =
    [
        ("Broadcasts:QuietUntil", "Delivery:QuietUntil"),
        ("Broadcasts:QuietFrom", "Delivery:QuietFrom"),
        ("Broadcasts:MaxAttempts", "Delivery:MaxAttempts"),
        ("Broadcasts:PollInterval", "Reminders:Interval (the one outbox is sent by the reminder job)"),
        ("Reminders:QuietUntil", "Delivery:QuietUntil"),
        ("Reminders:QuietFrom", "Delivery:QuietFrom"),
        ("Reminders:MaxAttempts", "Delivery:MaxAttempts"),
        ("Reminders:RetryDelay", "Delivery:RetryDelay"),
        ("Reminders:ClaimFor", "Delivery:ClaimFor"),
        ("Reminders:RepeatEveryDays", "Reminders:WeeklyDigestDay (overdue items come back together once a week, on that day)"),
    ];

    /// <summary>One error per old setting present, naming its replacement.</summary>
    public static IReadOnlyList<string> Find(IConfiguration configuration)
    {
        var errors = new List<string>();
        foreach (var (old, replacement) in Moves)
        {
            if (configuration.GetSection(old).Exists())
            {
                errors.Add($"The setting {old} is no longer read; use {replacement}.");
            }
        }

        foreach (var plan in configuration.GetSection("Reminders:Plans").GetChildren())
        {
            foreach (var key in new[] { "QuietUntil", "QuietFrom" })
            {
                if (plan.GetSection(key).Exists())
                {
                    errors.Add($"The setting Reminders:Plans:{plan.Key}:{key} is no longer read; use Delivery:{key} (working hours are one setting for all plans).");
                }
            }

            foreach (var key in new[] { "RepeatEveryDays", "WeeklyDigestDay" })
            {
                if (plan.GetSection(key).Exists())
                {
                    errors.Add($"The setting Reminders:Plans:{plan.Key}:{key} is no longer read; use Reminders:WeeklyDigestDay (one weekday for all plans).");
                }
            }
        }

        return errors;
    }
}
