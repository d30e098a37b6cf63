using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Broadcasts;
using ReformBot.Cards;
using ReformBot.Tests.Conversation;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Broadcasts;

public sealed class BroadcastTests
{
    /// <summary>Five linked people: the coordinator, a unit head and three officers; the rest of the plan never linked.</summary>
    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["lv.pnv.tp"] = "29:coordinator",
        ["lv.vp.cvp"] = "29:vp-head",
        ["lv.vp.cv1"] = "29:vp-cv1",
        ["lv.pnv.cv1"] = "29:pnv-cv1",
        ["lv.pvhtt.cv1"] = "29:vh-cv1",
    };

    [Fact]
    public async Task AnnouncementReachesEveryLinkedOfficerOnceAndTheCoordinatorGetsTheReport()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        var reply = await host.HandleAsync("29:coordinator", "thông báo: Họp giao ban CCHC lúc 14h thứ sáu");
        await host.DeliverAsync();
        await host.DeliverAsync();

        Assert.Contains("Đang gửi thông báo", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        var announcements = host.Channel.Sent.Where(s => s.Message.Card?.Template == CardNames.Announcement).ToList();
        Assert.Equal(["lv.pnv.cv1", "lv.pvhtt.cv1", "lv.vp.cv1", "lv.vp.cvp"], announcements.Select(a => a.OfficerId).Order(StringComparer.Ordinal));
        Assert.Contains("Họp giao ban CCHC lúc 14h thứ sáu", (string?)announcements[0].Message.Card!.Data["body"], StringComparison.Ordinal);
        var report = Assert.Single(host.Channel.To("lv.pnv.tp")).Text;
        Assert.Contains("4 người đã nhận", report, StringComparison.Ordinal);
        Assert.Contains("Chưa liên kết tài khoản (7)", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoSendersAtOnceDeliverEachCopyAndTheReportExactlyOnceFromTheOutbox()
    {
        var everyone = PlanJson.Load("lapvo-104-2024.json")["officers"]!.AsArray().Select(o => (string)o!["id"]!).ToDictionary(id => id, id => $"29:{id}");
        await using var host = await ConversationHost.StartAsync(everyone);

        await host.HandleAsync("29:lv.pnv.tp", "thông báo: Họp giao ban CCHC lúc 14h thứ sáu");
        var rounds = await Task.WhenAll(Task.Run(host.DeliverAsync), Task.Run(host.DeliverAsync));
        await host.DeliverAsync();

        var copies = host.Channel.Sent.Where(s => s.Message.Card?.Template == CardNames.Announcement).Select(s => s.OfficerId).ToList();
        Assert.Equal(everyone.Count - 1, copies.Count);
        Assert.Equal(copies.Count, copies.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(copies.Count + 1, rounds.Sum());
        var report = Assert.Single(host.Channel.To("lv.pnv.tp"));
        Assert.Contains($"{copies.Count} người đã nhận", report.Text, StringComparison.Ordinal);
        await using var db = host.CreateContext();
        var broadcast = await db.Broadcasts.SingleAsync();
        Assert.NotNull(broadcast.ReportedAt);
        Assert.Equal(copies.Count, await db.OutboxMessages.CountAsync(m => m.GroupId == broadcast.Id && m.State == ReformBot.Delivery.OutboxState.Sent));
        Assert.Equal(ReformBot.Delivery.OutboxState.Sent, (await db.OutboxMessages.SingleAsync(m => m.DedupeKey == $"broadcast-report|{broadcast.Id}")).State);
    }

    [Fact]
    public async Task ReadButtonIsRecordedOnTheRecipientsOutboxRow()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        await host.HandleAsync("29:coordinator", "thông báo: nộp báo cáo");
        await host.DeliverAsync();
        await using var before = host.CreateContext();
        var id = (await before.Broadcasts.SingleAsync()).Id;

        await host.HandleAsync("29:vp-cv1", null, new ReformBot.Delivery.CardAction(CardVerbs.AnnouncementAck, new JsonObject { ["announcementId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        await using var db = host.CreateContext();
        var rows = await db.OutboxMessages.Where(m => m.GroupId == id).ToListAsync();
        Assert.NotNull(Assert.Single(rows, r => r.OfficerId == "lv.vp.cv1").AcknowledgedAt);
        Assert.All(rows.Where(r => r.OfficerId != "lv.vp.cv1"), r => Assert.Null(r.AcknowledgedAt));
    }

    [Fact]
    public async Task UnreachableRecipientsAreNamedInTheReport()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        host.Channel.Unreachable.Add("lv.vp.cv1");

        await host.HandleAsync("29:coordinator", "thong bao: nop bao cao thang truoc ngay 2");
        await host.DeliverAsync();

        Assert.Contains("Không liên lạc được (1): Chuyên viên Văn phòng 1", Assert.Single(host.Channel.To("lv.pnv.tp")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyCoordinatorsBroadcast()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        var reply = await host.HandleAsync("29:vp-cv1", "thông báo: nghỉ họp");
        await host.DeliverAsync();

        Assert.Equal(BroadcastTexts.OnlyCoordinators, Assert.Single(reply.Messages).Text);
        Assert.Empty(host.Channel.Sent);
        await using var db = host.CreateContext();
        Assert.Equal(0, await db.Broadcasts.CountAsync());
    }

    [Fact]
    public async Task AnnouncementToAUnitReachesOnlyThatUnit()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        await host.HandleAsync("29:coordinator", "thông báo cho phòng Văn hóa: nộp số liệu DVC trực tuyến");
        await host.DeliverAsync();

        Assert.Equal(["lv.pvhtt.cv1"], host.Channel.Sent.Where(s => s.Message.Card is not null).Select(s => s.OfficerId));
    }

    [Fact]
    public async Task OutsideWorkingHoursOnlyUrgentAnnouncementsGoOut()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        host.Clock.Set(new DateTimeOffset(2024, 11, 20, 19, 0, 0, TimeSpan.FromHours(7)));

        var reply = await host.HandleAsync("29:coordinator", "thông báo: họp sáng mai");
        await host.HandleAsync("29:coordinator", "thông báo khẩn: mất điện, nghỉ họp");
        await host.DeliverAsync();

        Assert.Contains("sáng ngày làm việc tiếp theo", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.All(host.Channel.Sent.Where(s => s.Message.Card is not null), s => Assert.True((bool?)s.Message.Card!.Data["urgent"]));

        host.Clock.Set(new DateTimeOffset(2024, 11, 21, 7, 30, 0, TimeSpan.FromHours(7)));
        await host.DeliverAsync();

        Assert.Equal(8, host.Channel.Sent.Count(s => s.Message.Card is not null));
    }

    [Fact]
    public async Task UnitHeadNudgesAnOfficerAboutTheirOverdueTasks()
    {
        // A clear nudge is acted on without the confirmation question, at the default threshold.
        await using var host = await ConversationHost.StartAsync(Accounts);

        var reply = await host.HandleAsync("29:vp-head", "nhắc Chuyên viên Văn phòng 1");
        await host.DeliverAsync();

        Assert.Contains("Đã gửi lời nhắc 1 nhiệm vụ", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        var nudge = Assert.Single(host.Channel.To("lv.vp.cv1")).Text;
        Assert.Contains("2.c", nudge, StringComparison.Ordinal);
        Assert.Contains("Chánh Văn phòng", nudge, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadCannotNudgeSomeoneOutsideTheirUnit()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        var reply = await host.HandleAsync("29:vp-head", "nhắc Chuyên viên Nội vụ 1");
        await host.DeliverAsync();

        Assert.Contains("Không tìm thấy cán bộ", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Empty(host.Channel.Sent);
    }

    [Fact]
    public async Task PlanRevisionTellsOnlyThePeopleWhoseTasksChanged()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        var revised = PlanJson.Load("lapvo-104-2024.json");
        foreach (var (officerId, account) in Accounts)
        {
            revised["officers"]!.AsArray().Single(o => (string?)o!["id"] == officerId)!["accounts"] =
                new JsonArray(new JsonObject { ["channel"] = "msteams", ["id"] = account });
        }

        PlanJson.Task(revised, "2.b")["deadline"] = "2024-12-20";

        await host.ImportAsync(revised);
        await host.DeliverAsync();

        // The notice is held for the person's next daily message (one proactive message a day), not sent on its own.
        Assert.Empty(host.Channel.Sent);
        await using var db = host.CreateContext();
        var held = await db.OutboxMessages.AsNoTracking().Where(m => m.InDailyMessage).ToListAsync();
        var row = Assert.Single(held);
        Assert.Equal("lv.vp.cv1", row.OfficerId);
        var message = row.StoredMessage()!;
        Assert.Equal(CardNames.PlanChange, message.Card!.Template);
        Assert.Contains("20/12/2024", message.Card.Data.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExtensionRequestReachesTheCoordinatorAndTheDecisionReachesTheOfficer()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        var asked = await host.HandleAsync("29:vp-cv1", "xin gia hạn nv 2.b đến 20/12 vì chờ số liệu");
        await host.DeliverAsync();
        var approved = await host.HandleAsync("29:coordinator", "đồng ý gia hạn nv 2.b");
        await host.DeliverAsync();

        Assert.Contains("Đã gửi đề nghị gia hạn", Assert.Single(asked.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("xin gia hạn nhiệm vụ 2.b", Assert.Single(host.Channel.To("lv.pnv.tp")).Text, StringComparison.Ordinal);
        Assert.Contains("Đã đồng ý gia hạn", Assert.Single(approved.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("đã đồng ý gia hạn nhiệm vụ 2.b", Assert.Single(host.Channel.To("lv.vp.cv1")).Text, StringComparison.Ordinal);
        await using var db = host.CreateContext();
        Assert.Equal(new DateOnly(2024, 12, 20), (await db.Tasks.SingleAsync(t => t.Ref == "2.b")).CurrentDeadline.ClosesOn);
    }

    [Fact]
    public async Task OfficerCannotApproveAnExtension()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        await host.HandleAsync("29:vp-cv1", "xin gia hạn nv 2.b đến 20/12");

        var reply = await host.HandleAsync("29:pnv-cv1", "đồng ý gia hạn nv 2.b");

        Assert.Contains("Chỉ đầu mối theo dõi", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        await using var db = host.CreateContext();
        Assert.Equal(new DateOnly(2024, 11, 30), (await db.Tasks.SingleAsync(t => t.Ref == "2.b")).CurrentDeadline.ClosesOn);
    }
}
