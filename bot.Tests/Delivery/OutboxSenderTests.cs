using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Delivery;
using ReformBot.Storage;
using ReformBot.Tests.Conversation;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Delivery;

/// <summary>
/// The one outbox sender on a real SQLite file: claims with a lease, no cap per round, attempts recorded before the
/// send, a crashed attempt found and marked unknown, and a row whose composer throws costing one attempt, not the round.
/// </summary>
public abstract class OutboxSenderTests : IDisposable
{
    /// <summary>A Wednesday inside working hours.</summary>
    private static readonly DateTimeOffset Start = new(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ManualTimeProvider clock = new(Start);
    private readonly RecordingChannel channel = new();
    private readonly ReformBotFactory factory;

    protected OutboxSenderTests(StorageProvider storage)
    {
        factory = new ReformBotFactory(
            new Dictionary<string, string?> { ["Delivery:MaxAttempts"] = "3", ["Delivery:RetryDelay"] = "00:00:30", ["Delivery:ClaimFor"] = "00:01:00" },
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(clock);
                services.AddSingleton<IOfficerChannel>(channel);
                services.AddScoped<IOutboxComposer, ExplodingComposer>();
            },
            storage: storage);
        _ = factory.Services;
    }

    public void Dispose()
    {
        factory.Dispose();
        GC.SuppressFinalize(this);
    }

    private sealed class ExplodingComposer : IOutboxComposer
    {
        public const string RowKind = "Exploding";

        public string Kind => RowKind;

        public Task<OutgoingMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("the template is broken");

        public Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;
    }

    private async Task<long> AddAsync(OutboxMessage message)
    {
        await using var db = factory.CreateDbContext();
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }

    private OutboxMessage Text(string officerId, string text) => OutboxMessage.Stored(officerId, OutgoingMessage.PlainText(text), clock.GetUtcNow(), clock.GetUtcNow());

    private async Task<DeliveryRound> SendAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
    }

    private async Task<(OutboxMessage Message, List<DeliveryAttempt> Attempts)> RowAsync(long id)
    {
        await using var db = factory.CreateDbContext();
        return (await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id),
            await db.DeliveryAttempts.AsNoTracking().Where(a => a.OutboxMessageId == id).OrderBy(a => a.Id).ToListAsync());
    }

    [Fact]
    public async Task ARoundSendsEverythingDueWithoutACapPerCycle()
    {
        for (var i = 0; i < 230; i++)
        {
            await AddAsync(Text($"officer-{i}", $"Tin {i}"));
        }

        var round = await SendAsync();

        Assert.Equal(230, round.Delivered);
        Assert.Equal(230, channel.Sent.Select(s => s.OfficerId).Distinct().Count());
        Assert.Equal(230, channel.Sent.Count);
    }

    [Fact]
    public async Task AComposerThatThrowsCostsOneAttemptWithBackoffAndTheSenderGoesOn()
    {
        var broken = await AddAsync(OutboxMessage.Composed("lv.vp.cv1", ExplodingComposer.RowKind, clock.GetUtcNow(), clock.GetUtcNow()));
        var fine = await AddAsync(Text("lv.vp.cv2", "Vẫn đi"));

        var first = await SendAsync();

        Assert.Equal((1, 1), (first.Delivered, first.Failed));
        Assert.Equal("lv.vp.cv2", Assert.Single(channel.Sent).OfficerId);
        Assert.Equal(OutboxState.Sent, (await RowAsync(fine)).Message.State);
        var (message, attempts) = await RowAsync(broken);
        Assert.Equal((OutboxState.Pending, 1), (message.State, message.Attempts));
        Assert.Equal(Start + TimeSpan.FromSeconds(30), message.NextAttemptAt);
        Assert.Contains("the template is broken", message.LastError, StringComparison.Ordinal);
        Assert.Equal(AttemptStatus.Failed, Assert.Single(attempts).Status);

        clock.Advance(TimeSpan.FromSeconds(31));
        await SendAsync();
        Assert.Equal(Start + TimeSpan.FromSeconds(31) + TimeSpan.FromSeconds(60), (await RowAsync(broken)).Message.NextAttemptAt);

        clock.Advance(TimeSpan.FromSeconds(61));
        await SendAsync();
        (message, attempts) = await RowAsync(broken);
        Assert.Equal((OutboxState.Dead, 3), (message.State, message.Attempts));
        Assert.Equal(3, attempts.Count);
        Assert.Single(channel.Sent);
    }

    [Fact]
    public async Task AClaimedRowIsLeftAloneUntilItsLeaseRunsOutThenItsUnreconciledAttemptIsMarkedUnknownAndItIsRetried()
    {
        var id = await AddAsync(Text("lv.vp.cv1", "Nhắc việc"));

        // Another sender claimed the row, recorded its attempt, and died before it knew the outcome.
        await using (var db = factory.CreateDbContext())
        {
            var until = clock.GetUtcNow() + TimeSpan.FromMinutes(1);
            await db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until));
            db.DeliveryAttempts.Add(new DeliveryAttempt(id, clock.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        var during = await SendAsync();
        Assert.Equal(0, during.Delivered);
        Assert.Empty(channel.Sent);
        Assert.Equal(AttemptStatus.Sending, Assert.Single((await RowAsync(id)).Attempts).Status);

        clock.Advance(TimeSpan.FromSeconds(61));
        var after = await SendAsync();

        Assert.Equal(1, after.Delivered);
        Assert.Single(channel.Sent);
        var (message, attempts) = await RowAsync(id);
        Assert.Equal(OutboxState.Sent, message.State);
        Assert.Equal(2, message.Attempts);
        Assert.Equal([AttemptStatus.Unknown, AttemptStatus.Sent], attempts.Select(a => a.Status));
        Assert.All(attempts, a => Assert.NotNull(a.ReconciledAt));
    }

    [Fact]
    public async Task EveryAttemptIsRecordedAsSendingBeforeTheChannelIsCalled()
    {
        var id = await AddAsync(Text("lv.vp.cv1", "Nhắc việc"));
        var seen = new List<AttemptStatus>();
        channel.BeforeSend = () =>
        {
            using var db = factory.CreateDbContext();
            seen.AddRange(db.DeliveryAttempts.AsNoTracking().Where(a => a.OutboxMessageId == id).Select(a => a.Status));
        };

        await SendAsync();

        Assert.Equal([AttemptStatus.Sending], seen);
        Assert.Equal(AttemptStatus.Sent, Assert.Single((await RowAsync(id)).Attempts).Status);
    }

    [Fact]
    public async Task QuietHoursHoldBackAllButUrgentRows()
    {
        clock.Set(new DateTimeOffset(2024, 11, 20, 19, 0, 0, TimeSpan.FromHours(7)));
        var waits = await AddAsync(Text("lv.vp.cv1", "Sáng mai"));
        await AddAsync(OutboxMessage.Stored("lv.vp.cv2", OutgoingMessage.PlainText("Khẩn"), clock.GetUtcNow(), clock.GetUtcNow(), urgent: true));

        await SendAsync();

        Assert.Equal("lv.vp.cv2", Assert.Single(channel.Sent).OfficerId);
        Assert.Equal(OutboxState.Pending, (await RowAsync(waits)).Message.State);
        clock.Set(new DateTimeOffset(2024, 11, 21, 7, 30, 0, TimeSpan.FromHours(7)));
        await SendAsync();
        Assert.Equal(OutboxState.Sent, (await RowAsync(waits)).Message.State);
    }

    public sealed class OnSqlite() : OutboxSenderTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : OutboxSenderTests(StorageProvider.Postgres);
}
