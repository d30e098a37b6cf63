
namespace ReformBot.Delivery;

/// <summary>
/// One way to reach an officer on the bot's own initiative (Teams through the Bot Connector, Zalo...). Each channel
/// finds the officer's accounts itself and says whether it got through; <see cref="OfficerMessenger"/> tries them in turn.
/// </summary>
public interface IOfficerChannel
{
    /// <summary>The channel's name in logs and results, e.g. "msteams", "zalo".</summary>
    string Name { get; }

    Task<DeliveryResult> SendAsync(string officerId, OutgoingMessage message, CancellationToken cancellationToken);
}
