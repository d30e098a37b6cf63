namespace ReformBot.Delivery;

/// <summary>Section <c>Delivery</c>: working hours, channel order and how the one outbox retries.</summary>
public sealed class DeliveryOptions
{
    public const string Section = "Delivery";

    /// <summary>Local time (Vietnam) from which messages go out on working days.</summary>
    public TimeOnly QuietUntil { get; set; } = new(7, 30);

    /// <summary>Local time after which messages wait for the next working morning (urgent announcements excepted).</summary>
    public TimeOnly QuietFrom { get; set; } = new(17, 30);

    /// <summary>The order in which channels are tried for an officer; channels not listed come after, in registration order.</summary>
    public IList<string> ChannelOrder { get; set; } = ["msteams", "zalo"];

    /// <summary>Attempts per outbox message before it becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>Wait after the first failed attempt, doubled after each further one (a longer Retry-After wins).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one sender holds a message before another may take it over (and count the attempt as unknown).</summary>
    public TimeSpan ClaimFor { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Outbox sends a second from this instance, evenly spaced; 0 for no limit. Teams throttles about 50 requests a
    /// second per app and tenant, opening a chat included: with several sending instances, give each its share.
    /// </summary>
    public double TenantRatePerSecond { get; set; } = 40;

    /// <summary>
    /// Outbox rows this instance composes and sends at once (each lane with its own database context), within the rate
    /// limits; one person's rows are never sent by two lanes at once. Four lanes send a province's morning (2,983
    /// messages) in 21 s on two cores (bench/morning).
    /// </summary>
    public int Senders { get; set; } = 4;

    /// <summary>Outbox sends a second to one recipient (one conversation); 0 for no limit.</summary>
    public double ConversationRatePerSecond { get; set; } = 1;
}
