using System.Net;
using Microsoft.EntityFrameworkCore;
using ReformBot.Inbox;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Inbox;

/// <summary>
/// The first reply is held at the fake connector, so its item keeps its slot (after its transaction, which on SQLite
/// would hold the write lock). A full backlog (<c>Inbox:Capacity</c>) refuses new activities with 503 and Retry-After, storing nothing, until the workers catch up.
/// </summary>
public abstract class InboxAdmissionTests(StorageProvider storage)
{
    private static readonly Dictionary<string, string?> SmallBacklog = new()
    {
        ["Inbox:Capacity"] = "2",
        ["Inbox:AdmissionWait"] = "00:00:00",
        ["Inbox:RetryAfter"] = "00:00:03",
    };

    [Fact]
    public async Task ActivityBeyondAFullBacklogIsRefusedWith503AndRetryAfterAndStoredOnceTheWorkersCatchUp()
    {
        await using var host = await BotTestHost.StartAsync(settings: SmallBacklog, storage: storage);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Connector.Gate = gate;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hold", "msg-0"), host.ChannelToken())).StatusCode);
        await host.Connector.Holding.Task;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "n1", "msg-1"), host.ChannelToken())).StatusCode);

        using var refused = await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "n2", "msg-2"), host.ChannelToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(3), refused.Headers.RetryAfter?.Delta);
        await using (var db = host.Database.CreateContext())
        {
            Assert.Equal(2, await db.InboxItems.CountAsync());
        }

        gate.SetResult();
        Assert.Equal([InboxState.Done, InboxState.Done], (await InboxSettled.WaitAsync(host.Factory)).Select(i => i.State));
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "n2", "msg-2"), host.ChannelToken())).StatusCode);
        Assert.Equal([InboxState.Done, InboxState.Done, InboxState.Done], (await InboxSettled.WaitAsync(host.Factory)).Select(i => i.State));
        Assert.Equal(["hold", "n1", "n2"], host.Conversation.Received.Select(m => m.Text));
    }

    [Fact]
    public async Task RepeatedActivityGivesItsSlotBackSoTheBacklogStaysOpen()
    {
        await using var host = await BotTestHost.StartAsync(settings: SmallBacklog, storage: storage);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        host.Connector.Gate = gate;
        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hold", "msg-0"), host.ChannelToken())).StatusCode);
        await host.Connector.Holding.Task;

        foreach (var _ in Enumerable.Range(0, 3))
        {
            Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hold", "msg-0"), host.ChannelToken())).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "n1", "msg-1"), host.ChannelToken())).StatusCode);
        gate.SetResult();
        Assert.Equal([InboxState.Done, InboxState.Done], (await InboxSettled.WaitAsync(host.Factory)).Select(i => i.State));
    }

    public sealed class OnSqlite() : InboxAdmissionTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : InboxAdmissionTests(StorageProvider.Postgres);
}
