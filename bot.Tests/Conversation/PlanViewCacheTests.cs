using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

/// <summary>The officer and plan views kept between turns are those of the plans' current revisions: an import is seen by the next turn.</summary>
public abstract class PlanViewCacheTests(StorageProvider storage)
{
    private static JsonObject Plan(string officerName)
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        var officer = plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == "lv.vp.cv1");
        officer["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = BotTestHost.UserId });
        officer["name"] = officerName;
        return plan;
    }

    private static async Task ImportAsync(BotTestHost host, JsonObject plan)
    {
        using var scope = host.Factory.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected);
    }

    private static async Task<string> AskHelpAsync(BotTestHost host, string activityId)
    {
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "giúp", activityId), host.ChannelToken());
        return Assert.Single(await host.Connector.WaitForAsync("POST", $"/activities/{activityId}")).Body;
    }

    [Fact]
    public async Task TurnAfterAPlanImportSeesTheOfficerAsTheNewRevisionNamesThem()
    {
        await using var host = await BotTestHost.StartAsync(realConversation: true, storage: storage);
        await ImportAsync(host, Plan("Trần Thị Cũ"));
        Assert.Contains("Chào Trần Thị Cũ", await AskHelpAsync(host, "msg-1"), StringComparison.Ordinal);
        Assert.Contains("Chào Trần Thị Cũ", await AskHelpAsync(host, "msg-2"), StringComparison.Ordinal);

        await ImportAsync(host, Plan("Trần Thị Mới"));

        Assert.Contains("Chào Trần Thị Mới", await AskHelpAsync(host, "msg-3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TurnAfterAnImportThatMakesTheOfficerAUnitHeadOffersTheHeadsQuestions()
    {
        await using var host = await BotTestHost.StartAsync(realConversation: true, storage: storage);
        var plan = Plan("Trần Thị Cũ");
        await ImportAsync(host, plan);
        Assert.DoesNotContain("thủ trưởng đơn vị", await AskHelpAsync(host, "msg-1"), StringComparison.Ordinal);

        plan["officers"]!.AsArray().Single(o => (string?)o!["id"] == "lv.vp.cv1")!["roles"] = new JsonArray("unitHead", "officer");
        await ImportAsync(host, plan);

        Assert.Contains("thủ trưởng đơn vị", await AskHelpAsync(host, "msg-2"), StringComparison.Ordinal);
    }

    public sealed class OnSqlite() : PlanViewCacheTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : PlanViewCacheTests(StorageProvider.Postgres);
}
