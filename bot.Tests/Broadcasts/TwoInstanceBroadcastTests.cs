using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Broadcasts;
using ReformBot.Delivery;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.Reminders;

namespace ReformBot.Tests.Broadcasts;

/// <summary>
/// Two instances of the service on one database (PostgreSQL, and one shared SQLite file) send one announcement to 300
/// officers: every copy and the sender's report are outbox rows claimed one by one, so each person gets it exactly
/// once and the sender gets one report, counted at the fake Bot Connector and in the database.
/// </summary>
public abstract class TwoInstanceBroadcastTests(StorageProvider storage)
{
    private const int Officers = 300;
    private const string Sender = "dv.tp";
    private static readonly DateTimeOffset At = ReminderHost.Local("2024-11-29T09:00:00");

    [Fact]
    public async Task ABroadcastToThreeHundredOnTwoInstancesReachesEachPersonOnceAndReportsOnce()
    {
        await using var cluster = await TestCluster.StartAsync(storage, At);
        await cluster.ImportAsync(TestCluster.PlanWithOfficers(Officers, ReformBot.Calendar.VietnamTime.DateOf(At).AddDays(60)));
        var officers = Enumerable.Range(1, Officers).Select(TestCluster.OfficerId).ToList();
        await cluster.SeedTeamsConversationsAsync(officers.Append(Sender).Select(TestCluster.TeamsAccountOf));
        var recipients = officers.ToDictionary(o => o, o => o, StringComparer.Ordinal);
        var queued = await cluster.Nodes[0].InScopeAsync(services => services.GetRequiredService<Broadcaster>().AnnounceAsync(
            Sender, "Trưởng phòng", "300/KH-TEST", "Họp giao ban CCHC lúc 14h thứ sáu", false, recipients, "msteams", CancellationToken.None));

        // Both nodes run delivery rounds at once, as their schedulers would, until neither finds anything left.
        var finished = await Task.WhenAll(cluster.Nodes.Select(node => node.RunAsync(async token =>
        {
            while ((await node.Service<ReformBot.Reminders.ReminderCycle>().RunAsync(token)).Delivered > 0)
            {
            }
        })));

        Assert.All(finished, Assert.True);
        var sends = cluster.ProactiveSendsByConversation();
        Assert.All(officers, o => Assert.Equal(1, sends.GetValueOrDefault(TestCluster.ConversationOf(TestCluster.TeamsAccountOf(o)))));
        await using var db = cluster.Database.CreateContext();
        var rows = await db.OutboxMessages.AsNoTracking().ToListAsync();
        var copies = rows.Where(r => r.OfficerId != Sender).ToList();
        Assert.Equal(Officers, copies.Count);
        Assert.All(copies, r => Assert.Equal(OutboxState.Sent, r.State));

        // The sender has no Teams account in this plan: the report and progress notes are settled once, not sent.
        var toSender = rows.Where(r => r.OfficerId == Sender).ToList();
        Assert.Single(toSender, r => r.DedupeKey == $"broadcast-report|{queued.Id}");
        Assert.All(toSender, r => Assert.Equal(OutboxState.Unreachable, r.State));
        Assert.Equal(toSender.Count, toSender.Select(r => r.DedupeKey).Distinct().Count());
        var attempts = await db.DeliveryAttempts.AsNoTracking().ToListAsync();
        Assert.Equal(rows.Select(r => r.Id).Order(), attempts.Select(a => a.OutboxMessageId).Order());
    }

    public sealed class OnSqlite() : TwoInstanceBroadcastTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : TwoInstanceBroadcastTests(StorageProvider.Postgres);
}
