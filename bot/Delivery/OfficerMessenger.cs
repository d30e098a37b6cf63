using Microsoft.Extensions.Options;

namespace ReformBot.Delivery;

/// <summary>
/// Sends a message to an officer through the first channel that reaches them, in <c>Delivery:ChannelOrder</c> (channels
/// not listed after, in registration order). A channel that is busy stops the search (the caller retries later with
/// all channels) so a person never gets the message twice.
/// </summary>
public sealed class OfficerMessenger
{
    private readonly IReadOnlyList<IOfficerChannel> channels;

    public OfficerMessenger(IEnumerable<IOfficerChannel> channels, IOptions<DeliveryOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var order = options.Value.ChannelOrder;
        this.channels = [.. channels.Select((c, i) => (Channel: c, Index: i))
            .OrderBy(c => order.IndexOf(c.Channel.Name) is var at && at >= 0 ? at : order.Count)
            .ThenBy(c => c.Index)
            .Select(c => c.Channel)];
    }

    public async Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var failed = false;
        foreach (var channel in channels)
        {
            var result = await channel.SendAsync(officerId, message, cancellationToken);
            if (result.Status is DeliveryStatus.Sent or DeliveryStatus.RetryLater)
            {
                return result;
            }

            failed |= result.Status == DeliveryStatus.Failed;
            reasons.Add($"{channel.Name}: {result.Status}{(result.Detail is null ? string.Empty : $" ({result.Detail})")}");
        }

        // Every channel said no; the reasons say why, channel by channel.
        return new DeliveryResult(failed ? DeliveryStatus.Failed : DeliveryStatus.Unreachable, null, reasons.Count == 0 ? "no channel is configured" : string.Join("; ", reasons));
    }
}
