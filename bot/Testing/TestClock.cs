namespace ReformBot.Testing;

/// <summary>
/// The service's clock under test: real time shifted by an offset that only grows. Time keeps flowing between moves,
/// so timers and background workers behave as in production, just on another date.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly TimeProvider real;
    private readonly Lock gate = new();
    private TimeSpan offset;

    public TestClock(TimeProvider real, DateTimeOffset? start)
    {
        this.real = real;
        offset = start is { } at ? at - real.GetUtcNow() : TimeSpan.Zero;
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return real.GetUtcNow() + offset;
        }
    }

    /// <summary>Moves the clock to <paramref name="now"/>; false (and no change) when that is in its past.</summary>
    public bool TryMoveTo(DateTimeOffset now)
    {
        lock (gate)
        {
            var current = real.GetUtcNow() + offset;
            if (now < current)
            {
                return false;
            }

            offset += now - current;
            return true;
        }
    }
}
