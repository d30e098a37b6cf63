using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Delivery;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// Two instances of the service on one database (PostgreSQL, and one shared SQLite file) share a reminder round for 300
/// officers: the outbox claims keep each message to one sender, counted at the fake Bot Connector and in the database;
/// when one instance dies mid-round the other finishes it, and only the message in flight goes twice.
/// </summary>
public abstract class TwoInstanceReminderTests(StorageProvider storage)
{
    private const int Officers = 300;
    private static readonly DateTimeOffset Before = ReminderHost.Local("2024-11-29T07:00:00");
    private static readonly DateTimeOffset RoundAt = ReminderHost.Local("2024-11-29T09:00:00");

    private static IEnumerable<string> Conversations =>
        Enumerable.Range(1, Officers).Select(i => TestCluster.ConversationOf(TestCluster.TeamsAccountOf(TestCluster.OfficerId(i))));

    /// <summary>300 officers, each with a task due today, reached in Teams; the clock at 09:00, past the 08:00 reminder.</summary>
    private async Task<TestCluster> ClusterWithRemindersDueAsync(IDictionary<string, string?>? settings = null)
    {
        var cluster = await TestCluster.StartAsync(storage, Before, settings: settings);
        await cluster.ImportAsync(TestCluster.PlanWithOfficers(Officers, VietnamDate(RoundAt)));
        await cluster.SeedTeamsConversationsAsync(Enumerable.Range(1, Officers).Select(i => TestCluster.TeamsAccountOf(TestCluster.OfficerId(i))));

        // The first round of a new database only sets where planning starts.
        await cluster.Nodes[0].Service<ReminderCycle>().RunAsync(CancellationToken.None);
        cluster.Clock.Set(RoundAt);
        return cluster;
    }

    private static DateOnly VietnamDate(DateTimeOffset instant) => ReformBot.Calendar.VietnamTime.DateOf(instant);

    /// <summary>The node runs reminder cycles, as its scheduler would, until one finds nothing left to send; false if it died.</summary>
    private static Task<bool> RoundAsync(ClusterNode node) => node.RunAsync(async token =>
    {
        while ((await node.Service<ReminderCycle>().RunAsync(token)).Delivered > 0)
        {
        }
    });

    private static async Task<List<OutboxMessage>> RemindersOutboxAsync(TestCluster cluster)
    {
        await using var db = cluster.Database.CreateContext();
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Kind == ReminderOutbox.RowKind).ToListAsync();
    }

    [Fact]
    public async Task AReminderRoundForThreeHundredOfficersOnTwoInstancesReachesEachPersonExactlyOnce()
    {
        await using var cluster = await ClusterWithRemindersDueAsync();

        var finished = await Task.WhenAll(cluster.Nodes.Select(RoundAsync));

        Assert.All(finished, Assert.True);
        var sends = cluster.ProactiveSendsByConversation();
        Assert.Equal(Conversations.Order(StringComparer.Ordinal), sends.Keys.Order(StringComparer.Ordinal));
        Assert.All(sends, s => Assert.Equal(1, s.Value));

        var outbox = await RemindersOutboxAsync(cluster);
        Assert.Equal(Officers, outbox.Count);
        Assert.Equal(Officers, outbox.Select(m => m.OfficerId).Distinct().Count());
        Assert.All(outbox, m => Assert.Equal(OutboxState.Sent, m.State));
        await using (var db = cluster.Database.CreateContext())
        {
            var attempts = await db.DeliveryAttempts.AsNoTracking().ToListAsync();
            Assert.Equal(outbox.Select(m => m.Id).Order(), attempts.Select(a => a.OutboxMessageId).Order());
            Assert.All(attempts, a => Assert.Equal(AttemptStatus.Sent, a.Status));
            Assert.All(await db.Reminders.AsNoTracking().ToListAsync(), r => Assert.Equal(ReminderState.Sent, r.State));
        }

        // Each node tells where planning stands, from the database they share.
        foreach (var node in cluster.Nodes)
        {
            var check = await HealthJson.CheckAsync(node.Factory, "cluster");
            Assert.Equal(node.NodeId, (string?)check["data"]!["nodeId"]);
            Assert.Equal(RoundAt.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture), (string?)check["data"]!["lastPlanningRound"]);
            Assert.Equal(0, (long?)check["data"]!["planningLagSeconds"]);
        }
    }

    [Fact]
    public async Task WhenOneInstanceDiesMidRoundTheOtherFinishesItAndOnlyTheMessageInFlightGoesTwice()
    {
        // One sending lane, so exactly one message is in flight when the node dies (with several, each lane's would be).
        await using var cluster = await ClusterWithRemindersDueAsync(new Dictionary<string, string?> { ["Delivery:Senders"] = "1" });
        var (dying, survivor) = (cluster.Nodes[0], cluster.Nodes[1]);
        dying.CrashAfterSend(Officers / 3);

        var dyingRound = RoundAsync(dying);
        await dying.Crashed;
        Assert.False(await dyingRound);
        await dying.DisposeAsync();
        var inFlight = TestCluster.ConversationIn(dying.InFlightPath!);

        Assert.True(await RoundAsync(survivor));

        // Only the message in flight is left: claimed by the dead node until its claim runs out, then sent again.
        var left = Assert.Single(await RemindersOutboxAsync(cluster), m => m.State == OutboxState.Pending);
        Assert.Equal(inFlight, TestCluster.ConversationOf(TestCluster.TeamsAccountOf(left.OfficerId)));
        cluster.Clock.Advance(survivor.Service<IOptions<DeliveryOptions>>().Value.ClaimFor + TimeSpan.FromSeconds(1));
        Assert.True(await RoundAsync(survivor));

        var sends = cluster.ProactiveSendsByConversation();
        Assert.Equal(Conversations.Order(StringComparer.Ordinal), sends.Keys.Order(StringComparer.Ordinal));
        Assert.Equal([inFlight], sends.Where(s => s.Value > 1).Select(s => s.Key));
        Assert.Equal(2, sends[inFlight]);
        Assert.All(await RemindersOutboxAsync(cluster), m => Assert.Equal(OutboxState.Sent, m.State));
    }

    public sealed class OnSqlite() : TwoInstanceReminderTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : TwoInstanceReminderTests(StorageProvider.Postgres);
}
