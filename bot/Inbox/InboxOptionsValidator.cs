using Microsoft.Extensions.Options;

namespace ReformBot.Inbox;

/// <summary>Refuses at start-up inbox settings that could not work, naming the key to fix.</summary>
internal sealed class InboxOptionsValidator : IValidateOptions<InboxOptions>
{
    public ValidateOptionsResult Validate(string? name, InboxOptions options)
    {
        var errors = new List<string>();
        if (options.Workers is < 1 or > 64)
        {
            errors.Add("Inbox:Workers must be between 1 and 64.");
        }

        if (options.Capacity is < 1 or > 1_000_000)
        {
            errors.Add("Inbox:Capacity must be between 1 and 1000000.");
        }

        if (options.AdmissionWait < TimeSpan.Zero || options.AdmissionWait > TimeSpan.FromSeconds(10))
        {
            errors.Add("Inbox:AdmissionWait must be between 00:00:00 and 00:00:10 (channels give up on a slow webhook).");
        }

        if (options.RetryAfter < TimeSpan.FromSeconds(1) || options.RetryAfter > TimeSpan.FromMinutes(10))
        {
            errors.Add("Inbox:RetryAfter must be between 00:00:01 and 00:10:00.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            errors.Add("Inbox:MaxAttempts must be between 1 and 100.");
        }

        if (options.LeaseFor < TimeSpan.FromSeconds(15))
        {
            errors.Add("Inbox:LeaseFor must be at least 00:00:15 (longer than an item takes to handle).");
        }

        if (options.PollInterval <= TimeSpan.Zero || options.PollInterval > TimeSpan.FromMinutes(5))
        {
            errors.Add("Inbox:PollInterval must be between 0 and 00:05:00.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryBaseDelay)
        {
            errors.Add("Inbox:RetryBaseDelay must be positive and Inbox:RetryMaxDelay at least as long.");
        }

        if (options.Retention < InboxOptions.MinimumRetention)
        {
            errors.Add($"Inbox:Retention must be at least {InboxOptions.MinimumRetention:c} (the window in which channels re-send an event).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
