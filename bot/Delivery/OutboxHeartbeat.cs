namespace ReformBot.Delivery;

/// <summary>When this process last finished a send round, for <c>/healthz</c>.</summary>
public sealed class OutboxHeartbeat
{
    private long lastRoundTicks;

    public DateTimeOffset? LastRoundAt => Interlocked.Read(ref lastRoundTicks) is var t and > 0 ? new DateTimeOffset(t, TimeSpan.Zero) : null;

    public void RoundFinished(DateTimeOffset at) => Interlocked.Exchange(ref lastRoundTicks, at.UtcTicks);
}
