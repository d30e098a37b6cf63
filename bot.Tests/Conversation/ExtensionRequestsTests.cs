using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Conversation;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Conversation;

public sealed class ExtensionRequestsTests
{
    private const string Plan = "104/KH-UBND";
    private const string Assignee = "lv.ptckh.cv1";
    private const string Coordinator = "lv.pnv.tp";
    private static readonly DateOnly Deadline = new(2024, 12, 15);

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));

    private static async Task<TestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");
        return database;
    }

    private async Task<ExtensionResult> RequestAsync(TestDatabase database, string officerId, string taskRef, DateOnly date, string? reason = "chờ kinh phí")
    {
        await using var db = database.CreateContext();
        var sender = await new OfficerDirectory(db, clock).DescribeAsync(officerId, CancellationToken.None);
        return await new ExtensionRequests(db, clock, new AuditLog(db, clock)).RequestAsync(sender!, Plan, taskRef, date, reason, "zalo", CancellationToken.None);
    }

    private async Task<ExtensionResult> DecideAsync(TestDatabase database, string officerId, bool approve, DateOnly? date = null, string? note = null)
    {
        await using var db = database.CreateContext();
        var sender = await new OfficerDirectory(db, clock).DescribeAsync(officerId, CancellationToken.None);
        return await new ExtensionRequests(db, clock, new AuditLog(db, clock)).DecideAsync(sender!, Plan, "5.a", approve, date, note, "msteams", CancellationToken.None);
    }

    private static async Task<(PlanTask Task, List<ExtensionRequest> Requests)> StoredAsync(TestDatabase database)
    {
        await using var db = database.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Ref == "5.a");
        return (task, await db.ExtensionRequests.OrderBy(r => r.Id).ToListAsync());
    }

    [Fact]
    public async Task AssigneeRequestsAndCoordinatorApprovesMovingTheDeadline()
    {
        await using var database = await DatabaseAsync();

        var requested = await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));
        var approved = await DecideAsync(database, Coordinator, approve: true);

        Assert.Equal((ExtensionOutcome.Requested, Deadline), (requested.Outcome, requested.Deadline));
        Assert.Equal((ExtensionOutcome.Approved, new DateOnly(2024, 12, 31), Assignee), (approved.Outcome, approved.Date, approved.OfficerId));
        Assert.Equal("Đã đồng ý gia hạn nhiệm vụ 5.a đến ngày 31/12/2024 (hạn cũ 15/12/2024).", ExtensionTexts.For(approved));
        var (task, requests) = await StoredAsync(database);
        Assert.Equal(new DateOnly(2024, 12, 31), task.CurrentDeadline.ClosesOn);
        Assert.Equal(Deadline, task.Deadline.Date);
        Assert.Equal("Xong trước 15/12/2024", task.DeadlineText);
        var request = Assert.Single(requests);
        Assert.Equal((ExtensionState.Approved, Coordinator), (request.State, request.DecidedBy));
        await using var db = database.CreateContext();
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Action == AuditActions.ExtensionApprove && e.Subject == "104/KH-UBND#5.a");
    }

    [Fact]
    public async Task CoordinatorMayGrantAnotherDate()
    {
        await using var database = await DatabaseAsync();
        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));

        var approved = await DecideAsync(database, Coordinator, approve: true, new DateOnly(2024, 12, 20));

        Assert.Equal(new DateOnly(2024, 12, 20), approved.Date);
        Assert.Equal(new DateOnly(2024, 12, 20), (await StoredAsync(database)).Task.CurrentDeadline.ClosesOn);
    }

    [Fact]
    public async Task RejectionKeepsTheDeadline()
    {
        await using var database = await DatabaseAsync();
        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));

        var rejected = await DecideAsync(database, Coordinator, approve: false, note: "không đủ lý do");

        Assert.Equal(ExtensionOutcome.Rejected, rejected.Outcome);
        Assert.Contains("Ghi chú: không đủ lý do", ExtensionTexts.For(rejected), StringComparison.Ordinal);
        var (task, requests) = await StoredAsync(database);
        Assert.Equal(Deadline, task.CurrentDeadline.ClosesOn);
        Assert.Equal(ExtensionState.Rejected, Assert.Single(requests).State);
    }

    [Fact]
    public async Task NewRequestReplacesThePendingOne()
    {
        await using var database = await DatabaseAsync();
        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 20));

        var second = await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));

        Assert.Equal(ExtensionOutcome.Replaced, second.Outcome);
        var (_, requests) = await StoredAsync(database);
        Assert.Equal([ExtensionState.Superseded, ExtensionState.Pending], requests.Select(r => r.State));
    }

    [Theory]
    [InlineData("lv.pnv.cv1", "5.a", 2024, 12, 31, ExtensionOutcome.NotAssigned)]
    [InlineData(Assignee, "5.a", 2024, 12, 15, ExtensionOutcome.DateNotAfterDeadline)]
    [InlineData(Assignee, "5.a", 2024, 12, 1, ExtensionOutcome.DateNotAfterDeadline)]
    [InlineData(Assignee, "9.z", 2024, 12, 31, ExtensionOutcome.TaskNotFound)]
    [InlineData("lv.pnv.cv2", "3.a", 2024, 12, 31, ExtensionOutcome.NoDeadline)]
    public async Task RefusedRequestChangesNothing(string officerId, string taskRef, int y, int m, int d, ExtensionOutcome expected)
    {
        await using var database = await DatabaseAsync();

        var result = await RequestAsync(database, officerId, taskRef, new DateOnly(y, m, d));

        Assert.Equal(expected, result.Outcome);
        Assert.EndsWith("Không có gì được thay đổi.", ExtensionTexts.For(result), StringComparison.Ordinal);
        Assert.Empty((await StoredAsync(database)).Requests);
        await using var db = database.CreateContext();
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Action == AuditActions.Refusal && e.Actor == officerId);
    }

    [Fact]
    public async Task OnlyACoordinatorOfThePlanDecides()
    {
        await using var database = await DatabaseAsync();
        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));

        var byHead = await DecideAsync(database, "lv.vp.cvp", approve: true);
        var byAssignee = await DecideAsync(database, Assignee, approve: true);

        Assert.Equal(ExtensionOutcome.NotCoordinator, byHead.Outcome);
        Assert.Equal(ExtensionOutcome.NotCoordinator, byAssignee.Outcome);
        var (task, requests) = await StoredAsync(database);
        Assert.Equal(Deadline, task.CurrentDeadline.ClosesOn);
        Assert.Equal(ExtensionState.Pending, Assert.Single(requests).State);
    }

    [Fact]
    public async Task DecisionNeedsAPendingRequestAndADateAfterTheDeadline()
    {
        await using var database = await DatabaseAsync();

        Assert.Equal(ExtensionOutcome.NoPendingRequest, (await DecideAsync(database, Coordinator, approve: true)).Outcome);

        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));
        var tooEarly = await DecideAsync(database, Coordinator, approve: true, new DateOnly(2024, 12, 10));

        Assert.Equal(ExtensionOutcome.DateNotAfterDeadline, tooEarly.Outcome);
        var (task, requests) = await StoredAsync(database);
        Assert.Equal(Deadline, task.CurrentDeadline.ClosesOn);
        Assert.Equal(ExtensionState.Pending, Assert.Single(requests).State);
    }

    [Fact]
    public async Task ReloadingTheSamePlanKeepsTheExtension()
    {
        await using var database = await DatabaseAsync();
        await RequestAsync(database, Assignee, "5.a", new DateOnly(2024, 12, 31));
        await DecideAsync(database, Coordinator, approve: true);

        await TestPlans.LoadAsync(database, "lapvo-104-2024.json", plan => PlanJson.Task(plan, "5.a")["title"] = "Tiêu đề mới");

        Assert.Equal(new DateOnly(2024, 12, 31), (await StoredAsync(database)).Task.CurrentDeadline.ClosesOn);
    }
}
