using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Demo;

public sealed class DemoPlanLoaderTests
{
    [Fact]
    public async Task EmptyDatabaseGetsTheLapVoPlanWhenAsked()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Demo:LoadSamplePlan"] = "true" });
        _ = factory.Server;

        await using var db = factory.CreateDbContext();
        var plan = await db.Plans.SingleAsync();
        Assert.Equal("104/KH-UBND", plan.Code);
        Assert.Equal(12, await db.Tasks.CountAsync());
    }

    [Fact]
    public async Task NothingIsLoadedWhenNotAsked()
    {
        using var factory = new ReformBotFactory(new Dictionary<string, string?> { ["Demo:LoadSamplePlan"] = "false" });
        _ = factory.Server;

        await using var db = factory.CreateDbContext();
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [Fact]
    public async Task TheShippedSampleIsTheLapVoFixture()
    {
        var sample = await ReformBot.Demo.DemoPlanLoader.ReadSampleAsync(CancellationToken.None);
        Assert.Equal(
            PlanFileWriter.WriteString(PlanFileReader.Read(Fixtures.PlanBytes("lapvo-104-2024.json")).Plan!),
            PlanFileWriter.WriteString(PlanFileReader.Read(sample).Plan!));
    }
}
