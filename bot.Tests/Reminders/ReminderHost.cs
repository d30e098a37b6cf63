using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Testing;
using ReformBot.Tests.Conversation;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Reminders;

/// <summary>
/// The whole service with its Quartz scheduler and the test clock, on a database that outlives the host (so a test
/// can stop it and start another on the same database), with a recording channel that reaches every officer.
/// </summary>
public sealed class ReminderHost : IAsyncDisposable
{
    private readonly ReformBotFactory factory;
    private readonly HttpClient client;

    private ReminderHost(ReformBotFactory factory, RecordingChannel channel)
    {
        this.factory = factory;
        Channel = channel;
        client = factory.CreateClient();
    }

    public RecordingChannel Channel { get; }

    public HttpClient Client => client;

    public static DateTimeOffset Local(string text) => DateTimeOffset.Parse(text + "+07:00", CultureInfo.InvariantCulture);

    public static ReminderHost Start(TestDatabase database, DateTimeOffset clockStart, IDictionary<string, string?>? settings = null)
    {
        var channel = new RecordingChannel();
        var all = new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = clockStart.ToString("O", CultureInfo.InvariantCulture),
            ["Reminders:SchedulerEnabled"] = "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new ReformBotFactory(all, configureServices: services => services.AddSingleton<IOfficerChannel>(channel), database: database);
        return new ReminderHost(factory, channel);
    }

    public async Task ImportAsync(JsonObject? plan = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan ?? PlanJson.Load("lapvo-104-2024.json")), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    /// <summary>Moves the test clock through its HTTP endpoint, as a tester from outside would.</summary>
    public async Task<ClockResponse> MoveAsync(DateTimeOffset now)
    {
        var response = await client.PostAsJsonAsync("/api/testing/clock", new { now });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (await response.Content.ReadFromJsonAsync<ClockResponse>())!;
    }

    public async Task<List<Reminder>> RemindersAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.Reminders.AsNoTracking().Include(r => r.Message).OrderBy(r => r.DueAt).ThenBy(r => r.Id).ToListAsync();
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = factory.CreateDbContext();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public ReformBotDbContext CreateContext() => factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        client.Dispose();
        await factory.DisposeAsync();
    }
}
