using Microsoft.EntityFrameworkCore;
using ReformBot.Conversation;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

public sealed class TaskUpdaterTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));

    private static async Task<TaskUpdateResult> UpdateAsync(TestDatabase database, string officerId, string taskRef, TaskState state, int progress, string? note = null)
    {
        await using var db = database.CreateContext();
        var sender = await new OfficerDirectory(db, Clock).DescribeAsync(officerId, CancellationToken.None);
        return await new TaskUpdater(db, Clock).ApplyAsync(sender!, "104/KH-UBND", taskRef, state, progress, note, "msteams", CancellationToken.None);
    }

    [Fact]
    public async Task ProgressIsRecordedWithItsHistory()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        var result = await UpdateAsync(database, "lv.pvhtt.cv1", "6.a", TaskState.InProgress, 70, "đã gửi văn bản hướng dẫn");

        Assert.Equal(TaskUpdateOutcome.Updated, result.Outcome);
        Assert.Equal((TaskState.Open, 0, TaskState.InProgress, 70), (result.OldState, result.OldProgress, result.NewState, result.NewProgress));
        await using var db = database.CreateContext();
        var change = await db.TaskStatusChanges.SingleAsync();
        Assert.Equal(("lv.pvhtt.cv1", "msteams", 70, "đã gửi văn bản hướng dẫn"), (change.OfficerId, change.Channel, change.NewProgress, change.Note));
        Assert.Equal(Clock.GetUtcNow(), change.At);
    }

    [Fact]
    public async Task DoneMeansFullProgress()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        var result = await UpdateAsync(database, "lv.ptckh.cv1", "5.a", TaskState.Done, 40);

        Assert.Equal((TaskState.Done, 100), (result.NewState, result.NewProgress));
    }

    [Fact]
    public async Task OfficerCannotChangeAColleaguesTask()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        var result = await UpdateAsync(database, "lv.pnv.cv1", "6.a", TaskState.Done, 100);

        Assert.Equal(TaskUpdateOutcome.NotAssigned, result.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal(TaskState.Open, (await db.Tasks.SingleAsync(t => t.Ref == "6.a")).State);
        Assert.Equal(0, await db.TaskStatusChanges.CountAsync());
    }

    [Fact]
    public async Task TaskNeedingEvidenceIsNotDoneWithoutIt()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        var result = await UpdateAsync(database, "lv.vp.cv1", "2.b", TaskState.Done, 100);

        Assert.Equal(TaskUpdateOutcome.EvidenceRequired, result.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal(TaskState.Open, (await db.Tasks.SingleAsync(t => t.Ref == "2.b")).State);
    }

    [Fact]
    public async Task SameReportTwiceChangesNothingTheSecondTime()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        await UpdateAsync(database, "lv.pvhtt.cv1", "6.c", TaskState.InProgress, 50);
        var again = await UpdateAsync(database, "lv.pvhtt.cv1", "6.c", TaskState.InProgress, 50);

        Assert.Equal(TaskUpdateOutcome.Unchanged, again.Outcome);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.TaskStatusChanges.CountAsync());
    }

    [Fact]
    public async Task UnknownTaskIsReportedAsNotFound()
    {
        await using var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");

        Assert.Equal(TaskUpdateOutcome.TaskNotFound, (await UpdateAsync(database, "lv.pvhtt.cv1", "9.z", TaskState.Done, 100)).Outcome);
    }
}
