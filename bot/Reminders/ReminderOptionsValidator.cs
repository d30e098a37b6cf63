using Microsoft.Extensions.Options;

namespace ReformBot.Reminders;

/// <summary>Refuses at start-up a policy that could not be followed, naming the key to fix.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options)
    {
        var errors = new List<string>();
        if (options.Interval < TimeSpan.FromSeconds(1) || options.Interval > TimeSpan.FromHours(1))
        {
            errors.Add("Reminders:Interval must be between 00:00:01 and 01:00:00.");
        }

        if (!Enum.IsDefined(options.WeeklyDigestDay))
        {
            errors.Add("Reminders:WeeklyDigestDay must be a day of the week (Monday … Sunday).");
        }

        Check("Reminders", options.Policy, errors);
        foreach (var (plan, policy) in options.Plans)
        {
            Check($"Reminders:Plans:{plan}", policy, errors);
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Check(string prefix, ReminderPolicy policy, List<string> errors)
    {
        if (policy.DaysBefore.Count > 2 || policy.DaysBefore.Any(d => d is < 1 or > 60))
        {
            errors.Add($"{prefix}:DaysBefore takes at most two numbers of days, each between 1 and 60.");
        }

        if (policy.WorkingDaysBefore is < 0 or > 20 || policy.ReportWorkingDaysBefore is < 0 or > 20)
        {
            errors.Add($"{prefix}:WorkingDaysBefore and ReportWorkingDaysBefore must be between 0 and 20.");
        }

        if (policy.OverdueAfterWorkingDays is < 1 or > 30 || policy.EscalateAfterWorkingDays < policy.OverdueAfterWorkingDays || policy.EscalateAfterWorkingDays > 60)
        {
            errors.Add($"{prefix}:OverdueAfterWorkingDays must be 1–30 and EscalateAfterWorkingDays at least that (at most 60).");
        }

        if (policy.At < policy.QuietUntil || policy.At >= policy.QuietFrom)
        {
            errors.Add($"{prefix}:At must lie within the working hours Delivery:QuietUntil–Delivery:QuietFrom.");
        }
    }
}
