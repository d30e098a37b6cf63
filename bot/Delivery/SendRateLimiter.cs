using Microsoft.Extensions.Options;

namespace ReformBot.Delivery;

/// <summary>
/// Spaces the outbox's sends so the channel rarely has to refuse them (Teams answers 429 above about 50 requests a
/// second per app and tenant, and a few a second per conversation): at most <c>Delivery:TenantRatePerSecond</c> sends a
/// second from this instance, and <c>Delivery:ConversationRatePerSecond</c> to one recipient; 0 turns a limit off. A
/// channel's Retry-After pauses every send of the instance for that long. Sends are spaced evenly (no bursts), on the
/// <see cref="TimeProvider"/>'s monotonic timestamps.
/// </summary>
public sealed class SendRateLimiter(IOptions<DeliveryOptions> options, TimeProvider time)
{
    private const int PruneAbove = 10_000;

    private readonly Lock gate = new();
    private readonly Dictionary<string, long> conversations = new(StringComparer.Ordinal);
    private long tenantNext = long.MinValue;

    /// <summary>Takes the next free turn for a send to <paramref name="recipient"/> and answers how long to wait for it.</summary>
    public TimeSpan Reserve(string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        var tenantRate = options.Value.TenantRatePerSecond;
        var conversationRate = options.Value.ConversationRatePerSecond;
        var now = time.GetTimestamp();
        lock (gate)
        {
            var at = now;
            if (tenantRate > 0)
            {
                at = Math.Max(at, tenantNext);
                tenantNext = at + Interval(tenantRate);
            }

            if (conversationRate > 0)
            {
                if (conversations.TryGetValue(recipient, out var next))
                {
                    at = Math.Max(at, next);
                }

                if (conversations.Count > PruneAbove)
                {
                    foreach (var done in conversations.Where(c => c.Value <= now).Select(c => c.Key).ToList())
                    {
                        conversations.Remove(done);
                    }
                }

                conversations[recipient] = at + Interval(conversationRate);
                if (tenantRate > 0 && at > tenantNext - Interval(tenantRate))
                {
                    // Waiting for the recipient: the tenant's turn moves with it, so no burst follows.
                    tenantNext = at + Interval(tenantRate);
                }
            }

            return time.GetElapsedTime(now, at);
        }
    }

    /// <summary>Waits for the next free turn for a send to <paramref name="recipient"/>.</summary>
    public Task WaitTurnAsync(string recipient, CancellationToken cancellationToken)
    {
        var wait = Reserve(recipient);
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    /// <summary>The longest a Retry-After holds every send of a round; a longer one is kept by the row's retry time.</summary>
    public static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(10);

    /// <summary>The channel said to wait (Retry-After): no send of this instance goes before then (at most <see cref="MaxPause"/>).</summary>
    public void PauseFor(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        // A round that sleeps for minutes holds up everything else the reminder job does; the throttled row itself
        // waits its full Retry-After through its next attempt time.
        wait = wait > MaxPause ? MaxPause : wait;

        var until = time.GetTimestamp() + (long)(wait.TotalSeconds * time.TimestampFrequency);
        lock (gate)
        {
            tenantNext = Math.Max(tenantNext, until);
        }
    }

    private long Interval(double perSecond) => (long)(time.TimestampFrequency / perSecond);
}
