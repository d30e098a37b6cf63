using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using ReformBot.Testing;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Testing;

public sealed class ClockTests
{
    private static ServiceProvider Services(string environment, IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var host = new HostingEnvironment { EnvironmentName = environment };
        return new ServiceCollection().AddClock(configuration, host).BuildServiceProvider();
    }

    [Fact]
    public void TestClockIsRefusedInProduction()
    {
        using var services = Services(Environments.Production, new Dictionary<string, string?> { ["Testing:Enabled"] = "true" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<TestingOptions>>().Value);

        Assert.Contains("Production", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutTestingTheServiceReadsTheSystemClock()
    {
        using var services = Services(Environments.Production, new Dictionary<string, string?>());

        Assert.Same(TimeProvider.System, services.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void TestClockStartsAtTheConfiguredTimeAndOnlyMovesForward()
    {
        var real = new ManualTimeProvider(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        var clock = new TestClock(real, new DateTimeOffset(2024, 10, 1, 7, 0, 0, TimeSpan.FromHours(7)));

        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
        real.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal(new DateTimeOffset(2024, 10, 1, 0, 5, 0, TimeSpan.Zero), clock.GetUtcNow());
        Assert.False(clock.TryMoveTo(new DateTimeOffset(2024, 9, 30, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(clock.TryMoveTo(new DateTimeOffset(2024, 11, 27, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2024, 11, 27, 1, 0, 0, TimeSpan.Zero), clock.GetUtcNow());
    }

    [Theory]
    [InlineData("Delivery:QuietFrom", "07:00:00", "Delivery:QuietUntil must be earlier than Delivery:QuietFrom")]
    [InlineData("Delivery:MaxAttempts", "0", "Delivery:MaxAttempts must be between 1 and 100")]
    [InlineData("Reminders:At", "18:00:00", "Reminders:At must lie within the working hours")]
    [InlineData("Reminders:Plans:104/KH-UBND:RepeatEveryDays", "0", "Reminders:Plans:104/KH-UBND:RepeatEveryDays is no longer read; use Reminders:WeeklyDigestDay")]
    [InlineData("Reminders:RepeatEveryDays", "7", "Reminders:RepeatEveryDays is no longer read; use Reminders:WeeklyDigestDay")]
    [InlineData("Reminders:WeeklyDigestDay", "9", "Reminders:WeeklyDigestDay must be a day of the week")]
    public void WrongReminderSettingsStopTheServiceAtStartUp(string key, string value, string expected)
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }
}
