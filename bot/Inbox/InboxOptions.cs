namespace ReformBot.Inbox;

/// <summary>Section <c>Inbox</c>: the stored inbound events and the workers that handle them.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    /// <summary>Teams re-sends an activity for up to about 15 minutes; done rows must be kept at least that long to recognise it.</summary>
    public static readonly TimeSpan MinimumRetention = TimeSpan.FromMinutes(15);

    /// <summary>Items handled at once by this instance (items of one conversation are always handled one at a time).</summary>
    public int Workers { get; set; } = 8;

    /// <summary>Events this instance's webhooks may have stored and not yet handled; then they wait, and are refused with 503.</summary>
    public int Capacity { get; set; } = 1000;

    /// <summary>How long a webhook waits for room in a full backlog before answering 503 with <see cref="RetryAfter"/>.</summary>
    public TimeSpan AdmissionWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>What a 503 of a full backlog asks the channel to wait (whole seconds) before sending again.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a worker holds an item; after that another worker (or instance) may take it over.</summary>
    public TimeSpan LeaseFor { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often other instances' items are looked for; this instance's own are handled at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts of a step (handling, then sending the reply) before the item becomes a dead letter.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; it doubles with each further failure up to <see cref="RetryMaxDelay"/>.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Done items are deleted after this long; until then a repeated id is recognised.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(2);
}
