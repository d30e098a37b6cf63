using Microsoft.Extensions.Options;
using ReformBot.Delivery;

namespace ReformBot.Tests.Delivery;

/// <summary>The outbox's own send rate: turns spaced per tenant and per recipient, and a Retry-After pausing all sends, on the clock's timestamps.</summary>
public sealed class SendRateLimiterTests
{
    private readonly SteppedClock clock = new();

    private SendRateLimiter Limiter(double perTenant, double perConversation) =>
        new(Options.Create(new DeliveryOptions { TenantRatePerSecond = perTenant, ConversationRatePerSecond = perConversation }), clock);

    [Fact]
    public void SendsToDifferentPeopleAreSpacedByTheTenantRate()
    {
        var limiter = Limiter(perTenant: 40, perConversation: 0);

        var waits = Enumerable.Range(0, 4).Select(i => limiter.Reserve($"officer-{i}")).ToList();

        Assert.Equal([TimeSpan.Zero, TimeSpan.FromMilliseconds(25), TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(75)], waits);
    }

    [Fact]
    public void ATurnThatHasComeNeedsNoWait()
    {
        var limiter = Limiter(perTenant: 40, perConversation: 0);
        limiter.Reserve("a");
        limiter.Reserve("b");

        clock.Advance(TimeSpan.FromMilliseconds(60));

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("c"));
        Assert.Equal(TimeSpan.FromMilliseconds(25), limiter.Reserve("d"));
    }

    [Fact]
    public void SendsToOnePersonAreSpacedByTheConversationRateAndOthersGoMeanwhile()
    {
        var limiter = Limiter(perTenant: 0, perConversation: 2);

        Assert.Equal(TimeSpan.Zero, limiter.Reserve("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(500), limiter.Reserve("a"));
        Assert.Equal(TimeSpan.Zero, limiter.Reserve("b"));
        clock.Advance(TimeSpan.FromMilliseconds(200));
        Assert.Equal(TimeSpan.FromMilliseconds(800), limiter.Reserve("a"));
    }

    [Fact]
    public void ARetryAfterHoldsBackEverySendUntilItEnds()
    {
        var limiter = Limiter(perTenant: 40, perConversation: 0);

        limiter.PauseFor(TimeSpan.FromSeconds(2));

        Assert.Equal(TimeSpan.FromSeconds(2), limiter.Reserve("a"));
        Assert.Equal(TimeSpan.FromMilliseconds(2025), limiter.Reserve("b"));
    }

    [Fact]
    public void NoLimitMeansNoWait()
    {
        var limiter = Limiter(perTenant: 0, perConversation: 0);

        Assert.All(Enumerable.Range(0, 50).Select(_ => limiter.Reserve("a")), wait => Assert.Equal(TimeSpan.Zero, wait));
    }

    /// <summary>Monotonic timestamps that move only when the test moves them (in ticks of 100 ns).</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long now = 1_000_000_000;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => now;

        public void Advance(TimeSpan by) => now += by.Ticks;
    }
}
