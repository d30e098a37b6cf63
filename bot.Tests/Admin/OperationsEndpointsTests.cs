using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Broadcasts;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Admin;

/// <summary>The administrators' operations: dead letters retried, queued announcements cancelled, reach listed, link codes by unit.</summary>
public abstract class OperationsEndpointsTests(StorageProvider storage)
{
    private const string ApiKey = "test-admin-key-0123456789";
    private const string Plan = "104/KH-UBND";

    [Fact]
    public async Task ADeadLetterRetriedIsPendingAgainWithTheRemindersThatDiedWithIt()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        var (dead, reminder) = await DeadReminderRowAsync(factory);

        using var response = await client.PostAsync($"/api/admin/outbox/{dead}/retry", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["retried"]!);
        await using var db = factory.CreateDbContext();
        var row = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == dead);
        Assert.Equal(OutboxState.Pending, row.State);
        Assert.Equal(0, row.Attempts);
        Assert.True(row.NotBefore <= TimeProvider.System.GetUtcNow());
        Assert.Equal(ReminderState.Pending, (await db.Reminders.AsNoTracking().SingleAsync(r => r.Id == reminder)).State);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "outbox.retry" && e.Subject == $"outbox#{dead}");
    }

    [Fact]
    public async Task ADailyMessageRetriedTakesBackTheNoticesThatDiedRidingInIt()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        var (dead, _) = await DeadReminderRowAsync(factory);
        long rider, otherRider;
        await using (var db = factory.CreateDbContext())
        {
            // A plan-change notice held for lv.pnv.cv1's daily message and settled dead with it, as the sender leaves it;
            // another person's notice that died with their own daily message stays dead.
            var now = TimeProvider.System.GetUtcNow();
            var carrier = await db.OutboxMessages.SingleAsync(m => m.Id == dead);
            var held = OutboxMessage.Stored("lv.pnv.cv1", OutgoingMessage.PlainText("rider-notice-17"), now.AddHours(-3), now.AddHours(-3)).GoesInDailyMessage();
            var others = OutboxMessage.Stored("lv.vp.cv1", OutgoingMessage.PlainText("Kế hoạch đã thay đổi"), now.AddHours(-3), now.AddHours(-3)).GoesInDailyMessage();
            db.OutboxMessages.AddRange(held, others);
            await db.SaveChangesAsync();
            held.SettleWith(carrier);
            others.SettleWith(carrier);
            await db.SaveChangesAsync();
            (rider, otherRider) = (held.Id, others.Id);
        }

        using var response = await client.PostAsync($"/api/admin/outbox/{dead}/retry", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var check = factory.CreateDbContext();
        var rows = await check.OutboxMessages.AsNoTracking().Where(m => m.Id == dead || m.Id == rider || m.Id == otherRider).ToDictionaryAsync(m => m.Id);
        Assert.Equal(OutboxState.Pending, rows[dead].State);
        Assert.Equal((OutboxState.Pending, 0, (DateTimeOffset?)null), (rows[rider].State, rows[rider].Attempts, rows[rider].ClaimedUntil));
        Assert.Equal(OutboxState.Dead, rows[otherRider].State);

        // The next round takes the notice into the revived daily message: it is claimed with it and sent with it.
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<ReminderOutbox>();
            var revived = await scope.ServiceProvider.GetRequiredService<ReformBotDbContext>().OutboxMessages.SingleAsync(m => m.Id == dead);
            var message = await outbox.ComposeAsync(revived, CancellationToken.None);
            Assert.NotNull(message);
            Assert.Contains("rider-notice-17", System.Text.Json.JsonSerializer.Serialize(message), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task OnlyDeadLettersAreRetriedAndUnknownOnesAreNotFound()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        long pending;
        await using (var db = factory.CreateDbContext())
        {
            var row = OutboxMessage.Stored("lv.pnv.cv1", OutgoingMessage.PlainText("x"), TimeProvider.System.GetUtcNow(), TimeProvider.System.GetUtcNow());
            db.OutboxMessages.Add(row);
            await db.SaveChangesAsync();
            pending = row.Id;
        }

        using var notDead = await client.PostAsync($"/api/admin/outbox/{pending}/retry", null);
        using var unknown = await client.PostAsync("/api/admin/outbox/999999/retry", null);

        Assert.Equal(HttpStatusCode.Conflict, notDead.StatusCode);
        Assert.Equal("Not a dead letter", (string?)(await notDead.Content.ReadFromJsonAsync<JsonObject>())!["title"]);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await using var check = factory.CreateDbContext();
        Assert.Equal(0, (await check.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == pending)).Attempts);
    }

    [Fact]
    public async Task AllDeadLettersAreRetriedAtOnce()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        await DeadReminderRowAsync(factory);
        await DeadReminderRowAsync(factory, "lv.vp.cv1");

        using var response = await client.PostAsync("/api/admin/outbox/dead/retry", null);
        using var again = await client.PostAsync("/api/admin/outbox/dead/retry", null);

        Assert.Equal(2, (int)(await response.Content.ReadFromJsonAsync<JsonObject>())!["retried"]!);
        Assert.Equal(0, (int)(await again.Content.ReadFromJsonAsync<JsonObject>())!["retried"]!);
        await using var db = factory.CreateDbContext();
        Assert.DoesNotContain(await db.OutboxMessages.AsNoTracking().Select(m => m.State).ToListAsync(), s => s == OutboxState.Dead);
    }

    [Fact]
    public async Task ACancelledAnnouncementSendsNoQueuedCopyAndItsSenderHearsItWasCancelled()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        var id = await AnnounceAsync(factory);

        using var listed = await client.GetAsync("/api/admin/broadcasts?queued=true");
        using var response = await client.PostAsync($"/api/admin/broadcasts/{id}/cancel", null);
        using var again = await client.PostAsync($"/api/admin/broadcasts/{id}/cancel", null);
        using var unknown = await client.PostAsync("/api/admin/broadcasts/999999/cancel", null);

        var listing = await listed.Content.ReadAsStringAsync();
        var queued = Assert.Single(JsonNode.Parse(listing)!.AsArray())!;
        Assert.Equal(id, (long)queued["id"]!);
        Assert.Equal(2, (int)queued["copies"]!["pending"]!);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(2, (int)body["cancelled"]!);
        Assert.Equal(0, (int)body["alreadySent"]!);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(CancellationToken.None);
        }

        await using var db = factory.CreateDbContext();
        var copies = await db.OutboxMessages.AsNoTracking().Where(m => m.GroupId == id).ToListAsync();
        Assert.All(copies, c => Assert.Equal(OutboxState.Cancelled, c.State));
        var report = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DedupeKey == $"broadcast-report|{id}");
        Assert.Equal("lv.pnv.tp", report.OfficerId);
        Assert.Contains("2 bản chưa gửi đã được quản trị viên huỷ", report.Text, StringComparison.Ordinal);
        Assert.Contains(await db.AuditEntries.AsNoTracking().ToListAsync(), e => e.Action == "broadcast.cancel" && e.Subject == $"#{id}");
    }

    [Fact]
    public async Task ReachListsLinkedAccountsAndWhoNoChannelCanReach()
    {
        using var factory = Factory(new() { ["Bot:MicrosoftAppTenantId"] = "tenant-1" });
        using var client = await ClientWithPlanAsync(factory);
        await using (var db = factory.CreateDbContext())
        {
            db.ChatAccounts.Add(new ChatAccount("msteams", "29:teams-vp", "lv.vp.cv1", "aad-vp", "code", TimeProvider.System.GetUtcNow()));
            db.ChatAccounts.Add(new ChatAccount("emulator", "emu-pnv", "lv.pnv.cv1", null, "code", TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        using var all = await client.GetAsync($"/api/admin/officers/reach?plan={Uri.EscapeDataString(Plan)}");
        using var unreachable = await client.GetAsync($"/api/admin/officers/reach?plan={Uri.EscapeDataString(Plan)}&unreachable=true");
        using var unknown = await client.GetAsync("/api/admin/officers/reach?plan=nope");

        var officers = (await all.Content.ReadFromJsonAsync<JsonArray>())!.Select(o => o!.AsObject()).ToDictionary(o => (string)o["officerId"]!);
        Assert.Equal(12, officers.Count);
        var vp = officers["lv.vp.cv1"];
        Assert.True((bool)vp["reachable"]!);
        Assert.Equal("msteams", (string)vp["accounts"]![0]!["channel"]!);
        Assert.Contains("opens a 1:1 chat", (string)vp["channels"]![0]!["detail"]!, StringComparison.Ordinal);
        var pnv = officers["lv.pnv.cv1"];
        Assert.False((bool)pnv["reachable"]!);
        Assert.Contains("never wrote to the bot", (string)pnv["channels"]![0]!["detail"]!, StringComparison.Ordinal);
        Assert.Equal("no linked chat account: issue a link code", (string)officers["lv.ptp.tp"]["problem"]!);

        var notReached = (await unreachable.Content.ReadFromJsonAsync<JsonArray>())!.Select(o => (string)o!["officerId"]!).ToList();
        Assert.Equal(11, notReached.Count);
        Assert.DoesNotContain("lv.vp.cv1", notReached);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task LinkCodesForAUnitComeAsACsvThatExcelReadsAndTheCodesLink()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory);
        await using (var db = factory.CreateDbContext())
        {
            db.ChatAccounts.Add(new ChatAccount("msteams", "29:pnv2", "lv.pnv.cv2", null, "code", TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        using var response = await client.PostAsync($"/api/admin/plans/{Uri.EscapeDataString(Plan)}/units/LV-PNV/link-codes", null);
        using var unknownUnit = await client.PostAsync($"/api/admin/plans/{Uri.EscapeDataString(Plan)}/units/LV-NONE/link-codes", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("officer_id,name,unit,code,expires_vietnam_time", lines[0]);
        var rows = lines[1..].Select(l => l.Split(',')).ToList();
        Assert.Equal(["lv.pnv.tp", "lv.pnv.cv1"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Matches("^[0-9]{6}$", r[3]));
        Assert.Contains("Phòng Nội vụ", lines[1], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, unknownUnit.StatusCode);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var linked = await scope.ServiceProvider.GetRequiredService<ReformBot.Accounts.AccountLinker>()
                .RedeemAsync("msteams", "29:new-cv1", null, rows[1][3], CancellationToken.None);
            Assert.Equal("lv.pnv.cv1", linked.OfficerId);
        }

        // Everyone, linked or not (the codes just issued are replaced: one unused code per officer).
        using var everyone = await client.PostAsync($"/api/admin/plans/{Uri.EscapeDataString(Plan)}/units/LV-PNV/link-codes?all=true", null);
        Assert.Equal(4, (await everyone.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task OperationsNeedTheApiKey()
    {
        using var factory = Factory();
        using var client = await ClientWithPlanAsync(factory, key: null);

        using var retry = await client.PostAsync("/api/admin/outbox/dead/retry", null);
        using var reach = await client.GetAsync("/api/admin/officers/reach");

        Assert.Equal(HttpStatusCode.Unauthorized, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, reach.StatusCode);
    }

    private ReformBotFactory Factory(Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        return new ReformBotFactory(settings, storage: storage);
    }

    private static async Task<HttpClient> ClientWithPlanAsync(ReformBotFactory factory, string? key = ApiKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        using var load = await client.PostAsync(
            "/api/admin/plans", new ByteArrayContent(Fixtures.PlanBytes("lapvo-104-2024.json")) { Headers = { ContentType = new("application/json") } });
        Assert.Equal(HttpStatusCode.Created, load.StatusCode);
        client.DefaultRequestHeaders.Remove("X-Api-Key");
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    /// <summary>A reminders row whose attempts all failed, with its one reminder dead too, as the sender leaves them.</summary>
    private static async Task<(long Row, long Reminder)> DeadReminderRowAsync(ReformBotFactory factory, string officer = "lv.pnv.cv1")
    {
        await using var db = factory.CreateDbContext();
        var now = TimeProvider.System.GetUtcNow();
        var plan = await db.Plans.AsNoTracking().SingleAsync(p => p.Code == Plan);
        var row = OutboxMessage.Composed(officer, ReminderOutbox.RowKind, now.AddHours(-2), now.AddHours(-2));
        var reminder = new Reminder(
            new PlannedReminder($"test|{officer}|{now.Ticks}", now.AddHours(-2), officer, plan.Id, Plan, ReminderSubject.Task, "2.a", null, new DateOnly(2024, 12, 1), ReminderStage.DueDay, 0),
            row,
            now.AddHours(-3));
        db.Reminders.Add(reminder);
        await db.SaveChangesAsync();
        row.Settle(OutboxState.Dead, "connector kept failing");
        reminder.Settle(ReminderState.Dead);
        await db.SaveChangesAsync();
        return (row.Id, reminder.Id);
    }

    /// <summary>An announcement from the coordinator to two linked officers, queued.</summary>
    private static async Task<long> AnnounceAsync(ReformBotFactory factory)
    {
        await using (var db = factory.CreateDbContext())
        {
            db.ChatAccounts.Add(new ChatAccount("msteams", "29:cv1", "lv.pnv.cv1", null, "code", TimeProvider.System.GetUtcNow()));
            db.ChatAccounts.Add(new ChatAccount("msteams", "29:vp1", "lv.vp.cv1", null, "code", TimeProvider.System.GetUtcNow()));
            await db.SaveChangesAsync();
        }

        await using var scope = factory.Services.CreateAsyncScope();
        var queued = await scope.ServiceProvider.GetRequiredService<Broadcaster>().AnnounceAsync(
            "lv.pnv.tp", "Trưởng phòng Nội vụ", Plan, "Họp giao ban sáng thứ Hai", urgent: true,
            new Dictionary<string, string> { ["lv.pnv.cv1"] = "Chuyên viên 1", ["lv.vp.cv1"] = "Chuyên viên VP" }, "msteams", CancellationToken.None);
        return queued.Id;
    }

    public sealed class OnSqlite() : OperationsEndpointsTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : OperationsEndpointsTests(StorageProvider.Postgres);
}
