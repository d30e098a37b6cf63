namespace ReformBot.Broadcasts;

/// <summary>Settings of section <c>Broadcasts</c>.</summary>
public sealed class BroadcastOptions
{
    public const string Section = "Broadcasts";

    /// <summary>How often queued messages are looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts per recipient before a message counts as failed.</summary>
    public int MaxAttempts { get; set; } = 6;

    /// <summary>Local time from which non-urgent messages go out on working days.</summary>
    public TimeOnly QuietUntil { get; set; } = new(7, 30);

    /// <summary>Local time after which non-urgent messages wait for the next working morning.</summary>
    public TimeOnly QuietFrom { get; set; } = new(17, 30);
}
