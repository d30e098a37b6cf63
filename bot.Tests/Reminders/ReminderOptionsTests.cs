using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Tests.Reminders;

public sealed class ReminderOptionsTests
{
    private static ReminderOptions Options(IDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddReminders(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ReminderOptions>>().Value;
    }

    [Fact]
    public void APlanOverridesOnlyWhatItNamesAndListsAreReplacedNotAppended()
    {
        var options = Options(new Dictionary<string, string?>
        {
            ["Reminders:SchedulerEnabled"] = "false",
            ["Reminders:At"] = "08:30",
            ["Reminders:Plans:104/KH-UBND:DaysBefore:0"] = "5",
            ["Reminders:Plans:104/KH-UBND:DefaultCheckIn"] = "Weekly",
        });

        var plan = options.For("104/KH-UBND");
        Assert.Equal([5], plan.DaysBefore);
        Assert.Equal(CheckInCadence.Weekly, plan.DefaultCheckIn);
        Assert.Equal(new TimeOnly(8, 30), plan.At);
        Assert.Equal([7, 3], options.For("other").DaysBefore);
        Assert.Equal(CheckInCadence.Monthly, options.For("other").DefaultCheckIn);
    }

    [Fact]
    public void TheDefaultListCanBeReplacedToo()
    {
        var options = Options(new Dictionary<string, string?> { ["Reminders:SchedulerEnabled"] = "false", ["Reminders:DaysBefore:0"] = "10" });

        Assert.Equal([10], options.Policy.DaysBefore);
    }
}
