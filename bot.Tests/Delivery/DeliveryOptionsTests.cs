using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Delivery;

public sealed class DeliveryOptionsTests
{
    [Theory]
    [InlineData("Broadcasts:QuietUntil", "08:00:00", "Delivery:QuietUntil")]
    [InlineData("Broadcasts:QuietFrom", "17:00:00", "Delivery:QuietFrom")]
    [InlineData("Broadcasts:MaxAttempts", "6", "Delivery:MaxAttempts")]
    [InlineData("Broadcasts:PollInterval", "00:00:15", "Reminders:Interval")]
    [InlineData("Reminders:QuietUntil", "08:00:00", "Delivery:QuietUntil")]
    [InlineData("Reminders:QuietFrom", "17:00:00", "Delivery:QuietFrom")]
    [InlineData("Reminders:MaxAttempts", "8", "Delivery:MaxAttempts")]
    [InlineData("Reminders:RetryDelay", "00:00:30", "Delivery:RetryDelay")]
    [InlineData("Reminders:ClaimFor", "00:05:00", "Delivery:ClaimFor")]
    [InlineData("Reminders:Plans:104/KH-UBND:QuietFrom", "17:00:00", "Delivery:QuietFrom")]
    public void AnOldSettingNameStopsTheStartUpNamingTheNewOne(string key, string value, string replacement)
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains($"The setting {key} is no longer read; use {replacement}", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AChannelOrderNamingAnUnknownChannelStopsTheStartUp()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Delivery:ChannelOrder:0"] = "teams" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Delivery:ChannelOrder names unknown channels (teams); known channels: msteams, zalo", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultsAreTeamsThenZaloInWorkingHoursWithAShortClaim()
    {
        using var factory = new ReformBotFactory();

        var options = factory.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;

        Assert.Equal(["msteams", "zalo"], options.ChannelOrder);
        Assert.Equal((new TimeOnly(7, 30), new TimeOnly(17, 30)), (options.QuietUntil, options.QuietFrom));
        Assert.Equal(TimeSpan.FromMinutes(1), options.ClaimFor);
    }

    [Fact]
    public void AChannelOrderInTheSettingsReplacesTheDefaultAndTheWorkingHoursReachTheReminderPlanner()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?>
        {
            ["Delivery:ChannelOrder:0"] = "zalo",
            ["Delivery:QuietUntil"] = "07:00:00",
            ["Delivery:QuietFrom"] = "16:30:00",
        });

        var options = factory.Services.GetRequiredService<IOptions<DeliveryOptions>>().Value;
        var reminders = factory.Services.GetRequiredService<IOptions<ReformBot.Reminders.ReminderOptions>>().Value;

        Assert.Equal(["zalo"], options.ChannelOrder);
        Assert.Equal((new TimeOnly(7, 0), new TimeOnly(16, 30)), (reminders.Policy.QuietUntil, reminders.Policy.QuietFrom));
    }
}
