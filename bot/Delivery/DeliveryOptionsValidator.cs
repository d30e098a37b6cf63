using Microsoft.Extensions.Options;

namespace ReformBot.Delivery;

/// <summary>Refuses at start-up settings the outbox could not follow, and the old names of moved settings.</summary>
internal sealed class DeliveryOptionsValidator(IReadOnlyList<string> movedSettings, IEnumerable<OfficerChannelName> channels) : IValidateOptions<DeliveryOptions>
{
    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var errors = new List<string>(movedSettings);
        if (options.QuietUntil >= options.QuietFrom)
        {
            errors.Add("Delivery:QuietUntil must be earlier than Delivery:QuietFrom.");
        }

        if (options.MaxAttempts is < 1 or > 100)
        {
            errors.Add("Delivery:MaxAttempts must be between 1 and 100.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.ClaimFor <= TimeSpan.Zero)
        {
            errors.Add("Delivery:RetryDelay and Delivery:ClaimFor must be positive.");
        }

        if (options.TenantRatePerSecond is < 0 or > 10_000 || double.IsNaN(options.TenantRatePerSecond)
            || options.ConversationRatePerSecond is < 0 or > 1_000 || double.IsNaN(options.ConversationRatePerSecond))
        {
            errors.Add("Delivery:TenantRatePerSecond must be between 0 (no limit) and 10000, and Delivery:ConversationRatePerSecond between 0 (no limit) and 1000.");
        }

        if (options.Senders is < 1 or > 64)
        {
            errors.Add("Delivery:Senders must be between 1 and 64.");
        }

        var known = channels.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = options.ChannelOrder.Where(c => !known.Contains(c)).ToList();
        if (unknown.Count > 0)
        {
            errors.Add($"Delivery:ChannelOrder names unknown channels ({string.Join(", ", unknown)}); known channels: {string.Join(", ", known.Order(StringComparer.Ordinal))}.");
        }

        if (options.ChannelOrder.Distinct(StringComparer.Ordinal).Count() != options.ChannelOrder.Count)
        {
            errors.Add("Delivery:ChannelOrder names a channel twice.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
