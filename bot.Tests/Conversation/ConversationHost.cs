using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

/// <summary>
/// The whole service on a temporary SQLite file with the Lấp Vò plan loaded, a manual clock, and a recording channel
/// in place of Teams and Zalo, so conversations run through the real handler and broadcasts through the real queue.
/// </summary>
public sealed class ConversationHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly ReformBotFactory factory;

    private ConversationHost(ReformBotFactory factory) => this.factory = factory;

    public ManualTimeProvider Clock { get; } = new(Start);

    public RecordingChannel Channel { get; } = new();

    /// <summary>Starts the service and loads the plan, with Teams accounts for the officers named in <paramref name="accounts"/>.</summary>
    public static async Task<ConversationHost> StartAsync(
        IReadOnlyDictionary<string, string> accounts, Action<JsonObject>? edit = null, IReadOnlyDictionary<string, string?>? settings = null, StorageProvider storage = StorageProvider.Sqlite)
    {
        ConversationHost? host = null;
        var all = new Dictionary<string, string?>();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new ReformBotFactory(
            all,
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(host!.Clock);
                services.AddSingleton<IOfficerChannel>(host.Channel);
            },
            storage: storage);
        host = new ConversationHost(factory);
        var plan = PlanJson.Load("lapvo-104-2024.json");
        foreach (var (officerId, account) in accounts)
        {
            plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == officerId)["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = account });
        }

        edit?.Invoke(plan);
        await host.ImportAsync(plan);

        // A first load sends its coordinators the list of what was overdue before it; the tests start after that.
        await host.DeliverAsync();
        host.Channel.Sent.Clear();
        return host;
    }

    public async Task<PlanImportResult> ImportAsync(JsonObject plan)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
        return result;
    }

    public async Task<ConversationReply> HandleAsync(string account, string? text, CardAction? action = null, IReadOnlyList<MessageAttachment>? attachments = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var message = new IncomingMessage("msteams", account, null, "a:conv", "m1", null, text, action, attachments ?? [], Clock.GetUtcNow());
        return await scope.ServiceProvider.GetRequiredService<IConversationHandler>().HandleAsync(message, CancellationToken.None);
    }

    /// <summary>One round of the outbox sender, as the reminder job runs it.</summary>
    public async Task<int> DeliverAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None)).Delivered;
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ReformBotDbContext CreateContext() => factory.CreateDbContext();

    public async ValueTask DisposeAsync() => await factory.DisposeAsync();
}
