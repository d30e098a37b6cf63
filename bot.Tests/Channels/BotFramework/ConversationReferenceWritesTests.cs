using ReformBot.Channels.BotFramework;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>A known person's turns do not rewrite their conversation reference unless something in it changed, or it is an hour old.</summary>
public abstract class ConversationReferenceWritesTests(StorageProvider storage)
{
    [Fact]
    public async Task UnchangedReferenceIsNotRewrittenByTheNextTurnButAChangedOneIs()
    {
        await using var host = await BotTestHost.StartAsync(storage: storage);
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "msg-1"), host.ChannelToken());
        var first = Assert.Single(await host.StoredReferencesAsync());
        await host.Connector.WaitForAsync("POST", "/activities/msg-1");

        host.Clock.Advance(TimeSpan.FromMinutes(5));
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi again", "msg-2"), host.ChannelToken());
        var unchanged = Assert.Single(await host.StoredReferencesAsync());
        Assert.Equal(first.UpdatedAt, unchanged.UpdatedAt);
        Assert.Equal("msg-1", unchanged.LastActivityId);

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var renamed = Activities.Message(host.Connector.ServiceUrl, "hi", "msg-3");
        renamed["from"]!["name"] = "Nguyễn Văn B";
        await host.PostAsync(renamed, host.ChannelToken());
        var changed = Assert.Single(await host.StoredReferencesAsync());
        Assert.Equal("Nguyễn Văn B", changed.AccountName);
        Assert.Equal("msg-3", changed.LastActivityId);
        Assert.Equal(host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), changed.UpdatedAt.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task UnchangedReferenceIsRefreshedOnceItIsOlderThanAnHour()
    {
        await using var host = await BotTestHost.StartAsync(storage: storage);
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "msg-1"), host.ChannelToken());
        var first = Assert.Single(await host.StoredReferencesAsync());

        host.Clock.Advance(ConversationReferenceStore.RefreshAfter + TimeSpan.FromMinutes(1));
        await host.PostAsync(Activities.Message(host.Connector.ServiceUrl, "hi", "msg-2"), host.ChannelToken());

        var refreshed = Assert.Single(await host.StoredReferencesAsync());
        Assert.True(refreshed.UpdatedAt > first.UpdatedAt);
        Assert.Equal("msg-2", refreshed.LastActivityId);
    }

    public sealed class OnSqlite() : ConversationReferenceWritesTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : ConversationReferenceWritesTests(StorageProvider.Postgres);
}
