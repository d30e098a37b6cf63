namespace ReformBot.Channels.Zalo;

/// <summary>
/// Backs off after Zalo's rate limit (-32, which carries no Retry-After): 30 s, doubling to 15 min, reset by a success.
/// While closed, sends are not attempted and callers are told to retry later.
/// </summary>
public sealed class ZaloRateGate(TimeProvider time)
{
    private static readonly TimeSpan First = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Longest = TimeSpan.FromMinutes(15);
    private readonly Lock sync = new();
    private TimeSpan current = TimeSpan.Zero;
    private DateTimeOffset closedUntil = DateTimeOffset.MinValue;

    /// <summary>How long the gate stays closed, or null when sending may go ahead.</summary>
    public TimeSpan? ClosedFor()
    {
        lock (sync)
        {
            var left = closedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public TimeSpan RateLimited()
    {
        lock (sync)
        {
            current = current == TimeSpan.Zero ? First : TimeSpan.FromTicks(Math.Min(current.Ticks * 2, Longest.Ticks));
            closedUntil = time.GetUtcNow() + current;
            return current;
        }
    }

    public void Succeeded()
    {
        lock (sync)
        {
            current = TimeSpan.Zero;
            closedUntil = DateTimeOffset.MinValue;
        }
    }
}
