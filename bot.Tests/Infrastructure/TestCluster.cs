using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Storage;
using ReformBot.Tests.Channels.BotFramework;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// Several instances of the service on ONE database, as production runs them behind a load balancer: each its own host
/// (its own container, scheduler, node id <c>node-1</c>, <c>node-2</c>…), all sending to one fake Bot Connector and all
/// reading one manual clock. Officers are reached in Teams through conversations seeded as if each had written once.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly List<ClusterNode> nodes = [];

    private TestCluster(TestDatabase database, FakeConnector connector, ManualTimeProvider clock)
    {
        Database = database;
        Connector = connector;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public FakeConnector Connector { get; }

    public ManualTimeProvider Clock { get; }

    public IReadOnlyList<ClusterNode> Nodes => nodes;

    /// <summary>Starts <paramref name="count"/> nodes at once on a fresh database of <paramref name="storage"/>.</summary>
    public static async Task<TestCluster> StartAsync(
        StorageProvider storage, DateTimeOffset now, int count = 2, IDictionary<string, string?>? settings = null)
    {
        var cluster = new TestCluster(TestDatabase.Create(storage), await FakeConnector.StartAsync(), new ManualTimeProvider(now));
        var started = Enumerable.Range(1, count).Select(i => Task.Run(() => cluster.StartNode($"node-{i}", settings))).ToList();
        cluster.nodes.AddRange(await Task.WhenAll(started));
        return cluster;
    }

    /// <summary>The settings every node gets: one database, the fake connector, reminder cycles driven by the test.</summary>
    public IDictionary<string, string?> NodeSettings(string nodeId, IDictionary<string, string?>? extra = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Cluster:NodeId"] = nodeId,
            ["Bot:DefaultServiceUrl"] = Connector.ServiceUrl,
            ["Bot:RetryBaseDelay"] = "00:00:00.010",
            ["Bot:RetryMaxDelay"] = "00:00:01",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return all;
    }

    /// <summary>Imports a plan through the first node's plan store, as the admin API would.</summary>
    public async Task ImportAsync(JsonObject plan)
    {
        await using var scope = nodes[0].Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    /// <summary>A Teams 1:1 conversation <c>conv-{account}</c> on the fake connector for each account, as its first message leaves.</summary>
    public async Task SeedTeamsConversationsAsync(IEnumerable<string> accountIds)
    {
        await using var db = Database.CreateContext();
        foreach (var account in accountIds)
        {
            var reference = new StoredConversationReference("msteams", account, Connector.ServiceUrl);
            reference.Seen(Connector.ServiceUrl, account, null, "tenant-1", "28:bot", "ReformBot", "vi-VN", Clock.GetUtcNow());
            reference.InConversation(ConversationOf(account), "personal", null);
            db.ConversationReferences.Add(reference);
        }

        await db.SaveChangesAsync();
    }

    public static string ConversationOf(string accountId) => "conv-" + accountId;

    /// <summary>The messages the bot posted on its own initiative, by the conversation they went to.</summary>
    public IReadOnlyDictionary<string, int> ProactiveSendsByConversation() => Connector.Requests
        .Where(IsProactiveSend)
        .GroupBy(r => ConversationIn(r.Path), StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static bool IsProactiveSend(RecordedRequest request) =>
        request.Method == "POST" && request.Path.EndsWith("/activities", StringComparison.Ordinal) && request.Path.Contains("/v3/conversations/", StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        await Connector.DisposeAsync();
        await Database.DisposeAsync();
    }

    public static string ConversationIn(string path)
    {
        var segments = path.Split('/');
        var at = Array.IndexOf(segments, "conversations");
        return Uri.UnescapeDataString(segments[at + 1]);
    }

    private ClusterNode StartNode(string nodeId, IDictionary<string, string?>? settings)
    {
        var node = new ClusterNode(nodeId);
        var factory = new ReformBotFactory(
            NodeSettings(nodeId, settings),
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new CrashingHandler(node)));
            },
            database: Database);
        node.Start(factory);
        return node;
    }

    /// <summary>Builds a plan of <paramref name="officers"/> officers in one unit, each the assignee of one task due on <paramref name="due"/>.</summary>
    public static JsonObject PlanWithOfficers(int officers, DateOnly due, string code = "300/KH-TEST")
    {
        var people = new JsonArray();
        var tasks = new JsonArray();
        people.Add(new JsonObject { ["id"] = "dv.tp", ["name"] = "Trưởng phòng", ["unit"] = "DV", ["roles"] = new JsonArray("unitHead", "coordinator") });
        for (var i = 1; i <= officers; i++)
        {
            var id = OfficerId(i);
            people.Add(new JsonObject
            {
                ["id"] = id,
                ["name"] = $"Chuyên viên {i}",
                ["unit"] = "DV",
                ["roles"] = new JsonArray("officer"),
                ["accounts"] = new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = TeamsAccountOf(id) }),
            });
            tasks.Add(new JsonObject
            {
                ["ref"] = i.ToString(CultureInfo.InvariantCulture),
                ["title"] = $"Nhiệm vụ số {i}",
                ["lead"] = new JsonArray("DV"),
                ["assignees"] = new JsonArray(id),
                ["deadline"] = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            });
        }

        return new JsonObject
        {
            ["format"] = "reformbot.plan/v1",
            ["plan"] = new JsonObject
            {
                ["code"] = code,
                ["title"] = "Kế hoạch thử nghiệm nhiều cán bộ",
                ["issuer"] = "DV",
                ["issuedOn"] = "2024-01-02",
                ["year"] = due.Year,
                ["coordinator"] = "DV",
            },
            ["units"] = new JsonArray(new JsonObject { ["code"] = "DV", ["name"] = "Đơn vị thử nghiệm" }),
            ["officers"] = people,
            ["tasks"] = tasks,
        };
    }

    public static string OfficerId(int i) => "cv." + i.ToString("000", CultureInfo.InvariantCulture);

    public static string TeamsAccountOf(string officerId) => "29:" + officerId;
}
