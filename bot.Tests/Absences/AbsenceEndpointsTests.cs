using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.Reminders;

namespace ReformBot.Tests.Absences;

/// <summary>A coordinator sets, lists and ends someone's absence through the admin API; bad input is refused and changes nothing.</summary>
public abstract class AbsenceEndpointsTests(StorageProvider storage) : IDisposable
{
    private const string ApiKey = "test-admin-key-0123456789";

    private readonly TestDatabase database = TestDatabase.Create(storage);

    public void Dispose()
    {
        database.Dispose();
        GC.SuppressFinalize(this);
    }

    private async Task<ReminderHost> StartAsync()
    {
        var host = ReminderHost.Start(database, ReminderHost.Local("2024-11-20T09:00:00"), new Dictionary<string, string?> { ["Admin:ApiKey"] = ApiKey });
        host.Client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        await host.ImportAsync();
        return host;
    }

    [Fact]
    public async Task AnAbsenceSetThroughTheApiHoldsRemindersTellsTheHeadAndCanBeEnded()
    {
        await using var host = await StartAsync();

        using var created = await host.Client.PostAsJsonAsync("/api/admin/absences", new { officerId = "lv.vp.cv1", from = "2024-11-20", until = "2024-11-29", reason = "sick" });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var absence = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(("lv.vp.cv1", "2024-11-29", "sick", "admin"), ((string?)absence["officerId"], (string?)absence["until"], (string?)absence["reason"], (string?)absence["setBy"]));
        var listed = (await host.Client.GetFromJsonAsync<JsonArray>("/api/admin/absences?officer=lv.vp.cv1"))!;
        Assert.Single(listed);

        await host.MoveAsync(ReminderHost.Local("2024-11-29T12:00:00"));
        var outbox = await host.OutboxAsync();
        Assert.DoesNotContain(outbox, m => m.OfficerId == "lv.vp.cv1" && m.State == OutboxState.Sent);
        Assert.Single(outbox, m => m.OfficerId == "lv.vp.cvp" && m.Kind == OutboxKinds.Message && m.Text!.Contains("nghỉ ốm", StringComparison.Ordinal));

        using var ended = await host.Client.PostAsync($"/api/admin/absences/{(long)absence["id"]!}/end", null);
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await host.MoveAsync(ReminderHost.Local("2024-11-29T12:05:00"));

        var after = await host.OutboxAsync();
        Assert.Single(after, m => m.OfficerId == "lv.vp.cv1" && m.Kind == ReminderOutbox.RowKind && m.State == OutboxState.Sent);
        Assert.Empty((await host.Client.GetFromJsonAsync<JsonArray>("/api/admin/absences?officer=lv.vp.cv1"))!);
        await using var db = host.CreateContext();
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.Actor == "admin" && e.Subject == "lv.vp.cv1"));
    }

    [Theory]
    [InlineData("{\"officerId\":\"lv.vp.cv1\",\"from\":\"2024-11-29\",\"until\":\"2024-11-20\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"lv.vp.cv1\",\"from\":\"2024-11-01\",\"until\":\"2024-11-10\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"lv.vp.cv1\",\"from\":\"20/11/2024\",\"until\":\"2024-11-29\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"lv.vp.cv1\",\"from\":\"2024-11-20\",\"until\":\"2026-11-29\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"lv.vp.cv1\",\"from\":\"2024-11-20\",\"until\":\"2024-11-29\",\"reason\":\"holiday\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"\",\"from\":\"2024-11-20\",\"until\":\"2024-11-29\"}", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":\"nobody\",\"from\":\"2024-11-20\",\"until\":\"2024-11-29\"}", HttpStatusCode.NotFound)]
    [InlineData("[1,2]", HttpStatusCode.BadRequest)]
    [InlineData("{\"officerId\":", HttpStatusCode.BadRequest)]
    public async Task BadInputIsRefusedWithProblemDetailsAndChangesNothing(string body, HttpStatusCode expected)
    {
        await using var host = await StartAsync();
        var outboxBefore = await host.OutboxAsync();

        using var response = await host.Client.PostAsync("/api/admin/absences", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(expected, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["detail"]));
        await using var db = host.CreateContext();
        Assert.Empty(await db.Absences.ToListAsync());
        Assert.Equal(outboxBefore.Select(m => m.Id), (await host.OutboxAsync()).Select(m => m.Id));
    }

    [Fact]
    public async Task EndingOrListingWithBadIdsIsRefused()
    {
        await using var host = await StartAsync();

        using var notNumber = await host.Client.PostAsync("/api/admin/absences/abc/end", null);
        using var missing = await host.Client.PostAsync("/api/admin/absences/999/end", null);
        using var badCurrent = await host.Client.GetAsync("/api/admin/absences?current=maybe");
        using var badStop = await host.Client.PostAsync("/api/admin/reminder-stops/999/resume", null);

        Assert.Equal(
            [HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.BadRequest, HttpStatusCode.NotFound],
            new[] { notNumber.StatusCode, missing.StatusCode, badCurrent.StatusCode, badStop.StatusCode });
    }

    public sealed class OnSqlite() : AbsenceEndpointsTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : AbsenceEndpointsTests(StorageProvider.Postgres);
}
