using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Progress;

/// <summary>
/// The Lấp Vò plan loaded on 1 November 2024 and moved through November by its officers in chat (progress, an obstacle,
/// evidence and a late completion, extension requests, one approved, a monthly report filed), then the clock set to
/// 3 December 2024, when the tasks due Saturday 30/11 have become overdue (legal end Monday 2/12).
/// </summary>
public sealed class ProgressHost : IAsyncDisposable
{
    public const string PlanCode = "104/KH-UBND";
    public const string PlanPath = "/api/admin/plans/104%2FKH-UBND";
    public const string Coordinator = "a-tp";
    public const string VpHead = "a-cvp";
    public const string Officer = "a-nv1";

    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["lv.pnv.tp"] = Coordinator,
        ["lv.vp.cvp"] = VpHead,
        ["lv.pnv.cv1"] = Officer,
        ["lv.vp.cv1"] = "a-vp1",
        ["lv.ptckh.cv1"] = "a-tc1",
        ["lv.pvhtt.cv1"] = "a-vh1",
    };

    private ProgressHost(ReformBotFactory factory) => Factory = factory;

    public ManualTimeProvider Clock { get; } = new(new DateTimeOffset(2024, 11, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    public ReformBotFactory Factory { get; }

    public static async Task<ProgressHost> StartAsync()
    {
        ProgressHost? host = null;
        var factory = new ReformBotFactory(
            new Dictionary<string, string?>
            {
                ["Progress:PublicBaseUrl"] = "https://bot.example.vn/",
                ["Progress:DownloadKey"] = "test-download-key-0123456789abcdef0123",
            },
            configureServices: services => services.AddSingleton<TimeProvider>(host!.Clock));
        host = new ProgressHost(factory);
        var plan = PlanJson.Load("lapvo-104-2024.json");
        foreach (var (officerId, account) in Accounts)
        {
            plan["officers"]!.AsArray().Select(o => o!.AsObject()).Single(o => (string?)o["id"] == officerId)["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = account });
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
            Assert.False(result.IsRejected);
        }

        await host.MoveThroughNovemberAsync();
        return host;
    }

    public async Task<ConversationReply> SayAsync(string account, string text)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var message = new IncomingMessage("msteams", account, null, "a:conv", "m1", null, text, null, [], Clock.GetUtcNow());
        return await scope.ServiceProvider.GetRequiredService<IConversationHandler>().HandleAsync(message, CancellationToken.None);
    }

    public HttpClient Client() => Factory.CreateClient();

    public ReformBotDbContext CreateContext() => Factory.CreateDbContext();

    public async ValueTask DisposeAsync() => await Factory.DisposeAsync();

    private async Task MoveThroughNovemberAsync()
    {
        await OnAsync(4, "a-nv1", "nv 1.1 đang làm được 40%");
        await OnAsync(5, "a-vp1", "nv 2.a đang làm 60%");
        await OnAsync(6, "a-vp1", "nv 2.b vướng: chưa có kinh phí");
        await OnAsync(7, "a-tc1", "xin gia hạn nv 5.a đến 31/12/2024 vì chờ dự toán");
        await OnAsync(8, "a-vh1", "xin gia hạn nv 6.c đến 20/12/2024 vì chờ phần mềm");
        await OnAsync(11, Coordinator, "đồng ý gia hạn nv 6.c đến 20/12/2024");
        await OnAsync(12, "a-vp1", "minh chứng nv 2.c https://lapvo.example.vn/2c.pdf");
        await OnAsync(12, "a-vp1", "nv 2.c đã xong");
        await OnAsync(20, "a-nv1", "nv 1.1 được 80%");
        await OnAsync(25, "a-vh1", "nv 6.a vướng: phần mềm lỗi");
        Clock.Set(new DateTimeOffset(2024, 12, 2, 10, 0, 0, TimeSpan.FromHours(7)));
        await SayAsync("a-vp1", "đã nộp báo cáo tháng 11");
        Clock.Set(new DateTimeOffset(2024, 12, 3, 9, 0, 0, TimeSpan.FromHours(7)));
    }

    private async Task OnAsync(int day, string account, string text)
    {
        Clock.Set(new DateTimeOffset(2024, 11, day, 9, 30, 0, TimeSpan.FromHours(7)));
        await SayAsync(account, text);
    }
}
