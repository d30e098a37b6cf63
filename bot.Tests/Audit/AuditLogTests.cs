using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Conversation;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Audit;

public sealed class AuditLogTests
{
    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));

    private async Task<TaskUpdateResult> UpdateAsync(TestDatabase database, string officerId, string taskRef)
    {
        await using var db = database.CreateContext();
        var sender = await new OfficerDirectory(db, clock).DescribeAsync(officerId, CancellationToken.None);
        return await new TaskUpdater(db, clock).ApplyAsync(sender!, "104/KH-UBND", taskRef, TaskState.InProgress, 50, "đang làm", "zalo", CancellationToken.None);
    }

    [Fact]
    public async Task PlanLoadIsRecordedWithItsRevision()
    {
        await using var database = await TestDatabase.CreateAsync();

        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        await using var db = database.CreateContext();
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal((AuditActors.Admin, "test", AuditActions.PlanImport, "104/KH-UBND"), (entry.Actor, entry.Channel, entry.Action, entry.Subject));
        Assert.Equal("revision 1 (created)", entry.Details);
        Assert.Equal(TestPlans.LoadedAt, entry.At);
    }

    [Fact]
    public async Task TaskUpdateAndRefusalAreRecorded()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        await UpdateAsync(database, "lv.pvhtt.cv1", "6.a");
        var refused = await UpdateAsync(database, "lv.pnv.cv1", "6.a");

        Assert.Equal(TaskUpdateOutcome.NotAssigned, refused.Outcome);
        await using var db = database.CreateContext();
        var entries = await db.AuditEntries.Where(e => e.Action != AuditActions.PlanImport).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [
                ("lv.pvhtt.cv1", AuditActions.TaskUpdate, "104/KH-UBND#6.a", "Open 0% → InProgress 50%: đang làm"),
                ("lv.pnv.cv1", AuditActions.Refusal, "104/KH-UBND#6.a", "task update: NotAssigned"),
            ],
            entries.Select(e => (e.Actor, e.Action, e.Subject!, e.Details!)));
        Assert.All(entries, e => Assert.Equal(("zalo", clock.GetUtcNow()), (e.Channel, e.At)));
    }
}
