using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Storage;

/// <summary>The plan store on each provider: SQLite always, PostgreSQL when the tests have a server.</summary>
public abstract class PlanStoreTests(StorageProvider storage)
{
    private const string LapVo = "lapvo-104-2024.json";
    private static readonly DateTimeOffset Start = new(2024, 4, 1, 8, 0, 0, TimeSpan.FromHours(7));

    private static async Task<PlanImportResult> ImportAsync(TestDatabase database, byte[] file, ManualTimeProvider? clock = null)
    {
        await using var db = database.CreateContext();
        return await new PlanStore(db, clock ?? new ManualTimeProvider(Start)).ImportAsync(file, "test", CancellationToken.None);
    }

    private static async Task<PlanFile?> ExportAsync(TestDatabase database, string code)
    {
        await using var db = database.CreateContext();
        return await new PlanStore(db, TimeProvider.System).ExportAsync(code, CancellationToken.None);
    }

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public async Task EveryFixtureImportsAsRevisionOneAndExportsToTheSamePlan(string fixture)
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var original = PlanFileReader.Read(Fixtures.PlanBytes(fixture)).Plan!;

        var result = await ImportAsync(database, Fixtures.PlanBytes(fixture));

        Assert.Empty(result.Errors);
        Assert.True(result.Created);
        Assert.Equal(1, result.Revision);
        var exported = await ExportAsync(database, original.Plan.Code);
        Assert.NotNull(exported);
        Assert.Equal(PlanFileWriter.WriteString(original), PlanFileWriter.WriteString(exported));
    }

    [Theory]
    [MemberData(nameof(Fixtures.PlanFiles), MemberType = typeof(Fixtures))]
    public async Task ExportedFileReimportsWithNoChangesAndNoNewRevision(string fixture)
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var first = await ImportAsync(database, Fixtures.PlanBytes(fixture));
        var exported = await ExportAsync(database, first.Code);

        var again = await ImportAsync(database, PlanFileWriter.Write(exported!));

        Assert.True(again.Unchanged);
        Assert.Equal(1, again.Revision);
        Assert.True(again.Diff!.IsEmpty);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.PlanRevisions.CountAsync());
    }

    [Fact]
    public async Task RevisionWithOneDeadlineMovedAndOneTaskAddedReportsExactlyThoseTwoChanges()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportAsync(database, Fixtures.PlanBytes(LapVo));
        var revised = PlanJson.Load(LapVo);
        PlanJson.Task(revised, "2.b")["deadline"] = "2024-12-20";
        revised["tasks"]!.AsArray().Add(new JsonObject
        {
            ["ref"] = "7.a",
            ["title"] = "Tổ chức khảo sát mức độ hài lòng tại Bộ phận một cửa",
            ["lead"] = new JsonArray("LV-VP"),
            ["assignees"] = new JsonArray("lv.vp.cv1"),
            ["deadline"] = "2024-12-31",
        });

        var result = await ImportAsync(database, PlanJson.Bytes(revised));

        Assert.Empty(result.Errors);
        Assert.Equal(2, result.Revision);
        var diff = result.Diff!;
        Assert.Equal(["7.a"], diff.Tasks.Added);
        Assert.Empty(diff.Tasks.Removed);
        var changed = Assert.Single(diff.Tasks.Changed);
        Assert.Equal("2.b", changed.Key);
        var change = Assert.Single(changed.Changes);
        Assert.Equal(("deadline", "2024-11-30", "2024-12-20"), (change.Field, change.Old, change.New));
        Assert.Empty(diff.Plan);
        Assert.Empty(diff.Units.Added.Concat(diff.Units.Removed).Concat(diff.Officers.Added).Concat(diff.Officers.Removed));
        Assert.Empty(diff.Units.Changed.Concat(diff.Officers.Changed).Concat(diff.Reports.Changed));
    }

    [Fact]
    public async Task RevisionKeepsTaskStateAndCancelsRemovedTasks()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportAsync(database, Fixtures.PlanBytes(LapVo));
        await using (var db = database.CreateContext())
        {
            var task = await db.Tasks.SingleAsync(t => t.Ref == "6.a");
            db.Entry(task).Property(t => t.State).CurrentValue = TaskState.InProgress;
            db.Entry(task).Property(t => t.Progress).CurrentValue = 70;
            await db.SaveChangesAsync();
        }

        var revised = PlanJson.Load(LapVo);
        PlanJson.Task(revised, "6.a")["title"] = "Tuyên truyền trao đổi văn bản điện tử có ký số (sửa đổi)";
        revised["tasks"]!.AsArray().Remove(PlanJson.Task(revised, "3.b"));
        var result = await ImportAsync(database, PlanJson.Bytes(revised));

        Assert.Equal(["3.b"], result.Diff!.Tasks.Removed);
        await using var check = database.CreateContext();
        var kept = await check.Tasks.SingleAsync(t => t.Ref == "6.a");
        Assert.Equal((TaskState.InProgress, 70), (kept.State, kept.Progress));
        Assert.Equal(TaskState.Cancelled, (await check.Tasks.SingleAsync(t => t.Ref == "3.b")).State);
        var exported = await ExportAsync(database, "104/KH-UBND");
        Assert.DoesNotContain(exported!.Tasks, t => t.Ref == "3.b");
    }

    [Fact]
    public async Task TaskWithoutAssigneesIsAssignedToTheHeadsOfItsLeadUnits()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportAsync(database, Fixtures.PlanBytes(LapVo));

        await using var db = database.CreateContext();
        var task = await db.Tasks.SingleAsync(t => t.Ref == "6.d");
        Assert.Null(task.ExplicitAssignees);
        Assert.Equal(["lv.xa.ct", "lv.tt.ct"], task.AssigneeIds);
    }

    [Fact]
    public async Task ReportPeriodsOfThePlanYearAreStoredWithOneSubmissionPerSubmittingUnit()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportAsync(database, Fixtures.PlanBytes(LapVo));

        await using var db = database.CreateContext();
        var monthly = await db.ReportSchedules.SingleAsync(r => r.Code == "BC-THANG");
        var periods = await db.ReportPeriods.Where(p => p.ScheduleId == monthly.Id).OrderBy(p => p.DueDate).ToListAsync();

        // Issued 22/03/2024: the first monthly report due after that is 02/04/2024; December's is due 02/01/2025.
        Assert.Equal(new DateOnly(2024, 4, 2), periods[0].DueDate);
        Assert.Equal(new DateOnly(2025, 1, 2), periods[^1].DueDate);
        Assert.Equal(10, periods.Count);
        var december = periods.Single(p => p.DueDate == new DateOnly(2024, 12, 2));
        Assert.Equal((new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30)), (december.WindowStart, december.WindowEnd));
        Assert.Equal(7, await db.ReportSubmissions.CountAsync(s => s.PeriodId == december.Id));

        var quarterly = await db.ReportSchedules.SingleAsync(r => r.Code == "BC-QUY");
        var quarters = await db.ReportPeriods.Where(p => p.ScheduleId == quarterly.Id).Select(p => p.DueDate).OrderBy(d => d).ToListAsync();
        Assert.Equal([new DateOnly(2024, 6, 15), new DateOnly(2024, 9, 15), new DateOnly(2024, 12, 15)], quarters);
    }

    [Fact]
    public async Task SubmittedReportSurvivesAScheduleChange()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportAsync(database, Fixtures.PlanBytes(LapVo));
        await using (var db = database.CreateContext())
        {
            var period = await db.ReportPeriods.SingleAsync(p => p.DueDate == new DateOnly(2024, 5, 2));
            var submission = await db.ReportSubmissions.SingleAsync(s => s.PeriodId == period.Id && s.UnitCode == "LV-PTP");
            submission.MarkSubmitted("lv.ptp.tp", "msteams", null, Start);
            await db.SaveChangesAsync();
        }

        var revised = PlanJson.Load(LapVo);
        revised["reports"]![0]!["dueDay"] = 5;
        var result = await ImportAsync(database, PlanJson.Bytes(revised));

        Assert.Equal("BC-THANG", Assert.Single(result.Diff!.Reports.Changed).Key);
        await using var check = database.CreateContext();
        var dues = await check.ReportPeriods.Select(p => p.DueDate).ToListAsync();
        Assert.Contains(new DateOnly(2024, 5, 2), dues);
        Assert.Contains(new DateOnly(2024, 12, 5), dues);
        Assert.DoesNotContain(new DateOnly(2024, 12, 2), dues);
    }

    [Fact]
    public async Task InvalidFileIsRejectedAndStoresNothing()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var broken = PlanJson.Load(LapVo);
        PlanJson.Task(broken, "2.b")["deadline"] = "2024-02-30";

        var result = await ImportAsync(database, PlanJson.Bytes(broken));

        Assert.True(result.IsRejected);
        Assert.Contains(result.Errors, e => e.Path == "$.tasks[2].deadline");
        await using var db = database.CreateContext();
        Assert.Equal(0, await db.Plans.CountAsync());
        Assert.Equal(0, await db.Tasks.CountAsync());
    }

    [Fact]
    public async Task AccountLinkedToOnePersonCannotBeGivenToAnotherByAnotherPlan()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var first = PlanJson.Load(LapVo);
        first["officers"]![1]!["accounts"] = new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = "123456789" });
        Assert.Empty((await ImportAsync(database, PlanJson.Bytes(first))).Errors);

        var other = PlanJson.Load("langson-126-2024.json");
        other["officers"]![0]!["accounts"] = new JsonArray(new JsonObject { ["channel"] = "zalo", ["id"] = "123456789" });
        var result = await ImportAsync(database, PlanJson.Bytes(other));

        var error = Assert.Single(result.Errors);
        Assert.Equal("$.officers[0].accounts[0]", error.Path);
        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Plans.CountAsync());
        Assert.Equal("lv.pnv.cv1", (await db.ChatAccounts.SingleAsync()).OfficerId);
    }

    [Fact]
    public async Task AccountsListedInThePlanAreLinkedAndUnlinkedWithIt()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        var plan = PlanJson.Load(LapVo);
        plan["officers"]![1]!["accounts"] = new JsonArray(
            new JsonObject { ["channel"] = "msteams", ["id"] = "29:abc", ["aadObjectId"] = "0000-1111" });
        await ImportAsync(database, PlanJson.Bytes(plan));
        await using (var db = database.CreateContext())
        {
            var account = await db.ChatAccounts.SingleAsync();
            Assert.Equal(("msteams", "29:abc", "lv.pnv.cv1", "0000-1111"), (account.Channel, account.AccountId, account.OfficerId, account.AadObjectId));
        }

        await ImportAsync(database, Fixtures.PlanBytes(LapVo));

        await using var check = database.CreateContext();
        Assert.Equal(0, await check.ChatAccounts.CountAsync());
    }

    /// <summary>The sample plan with <paramref name="count"/> more tasks, more than one chunk of rows written at a time.</summary>
    private static JsonObject WithManyTasks(int count, string suffix = "")
    {
        var plan = PlanJson.Load(LapVo);
        var tasks = plan["tasks"]!.AsArray();
        for (var i = 0; i < count; i++)
        {
            tasks.Add(new JsonObject
            {
                ["ref"] = $"9.{i + 1}",
                ["title"] = $"Nhiệm vụ số {i + 1}{suffix}",
                ["lead"] = new JsonArray("LV-VP"),
                ["assignees"] = new JsonArray("lv.vp.cv1"),
                ["deadline"] = "2024-12-31",
            });
        }

        return plan;
    }

    private static async Task<PlanImportResult?> ImportStreamAsync(TestDatabase database, JsonObject plan)
    {
        await using var db = database.CreateContext();
        using var stream = new MemoryStream(PlanJson.Bytes(plan));
        return await new PlanStore(db, new ManualTimeProvider(Start)).ImportAsync(stream, long.MaxValue, "test", CancellationToken.None);
    }

    [Fact]
    public async Task RevisionOfAPlanOfThousandsOfTasksMatchesTheFileAndKeepsWorkingState()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        Assert.Empty((await ImportStreamAsync(database, WithManyTasks(2600)))!.Errors);
        await using (var db = database.CreateContext())
        {
            await db.Tasks.Where(t => t.Ref == "9.2500").ExecuteUpdateAsync(s => s.SetProperty(t => t.Progress, 40).SetProperty(t => t.State, TaskState.InProgress));
        }

        var revised = WithManyTasks(2600);
        var tasks = revised["tasks"]!.AsArray();
        foreach (var task in tasks.Where(t => t!["ref"]!.GetValue<string>() is "9.10" or "9.1700"))
        {
            task!["title"] = "Nhiệm vụ đã sửa";
        }

        foreach (var gone in tasks.Where(t => t!["ref"]!.GetValue<string>().StartsWith("9.12", StringComparison.Ordinal)).ToList())
        {
            tasks.Remove(gone);
        }

        tasks.Add(new JsonObject
        {
            ["ref"] = "10.1", ["title"] = "Nhiệm vụ mới", ["lead"] = new JsonArray("LV-VP"), ["deadline"] = "2024-12-31",
        });

        var result = await ImportStreamAsync(database, revised);

        Assert.Empty(result!.Errors);
        Assert.Equal(2, result.Revision);
        Assert.Equal(["10.1"], result.Diff!.Tasks.Added);
        Assert.Equal(111, result.Diff.Tasks.Removed.Count); // 9.12 and 9.120 to 9.1299
        Assert.Equal(["9.10", "9.1700"], result.Diff.Tasks.Changed.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(PlanFileWriter.WriteString(PlanFileReader.Read(PlanJson.Bytes(revised)).Plan!), PlanFileWriter.WriteString((await ExportAsync(database, result.Code))!));
        await using var check = database.CreateContext();
        Assert.Equal(111, await check.Tasks.CountAsync(t => t.State == TaskState.Cancelled));
        var kept = await check.Tasks.SingleAsync(t => t.Ref == "9.2500");
        Assert.Equal((TaskState.InProgress, 40), (kept.State, kept.Progress));
    }

    [Fact]
    public async Task AnInvalidLastTaskOfALargeFileStoresNothingAndNamesThatTask()
    {
        await using var database = await TestDatabase.CreateAsync(storage);
        await ImportStreamAsync(database, WithManyTasks(2600));
        var revised = WithManyTasks(2600, " (sửa)");
        revised["tasks"]!.AsArray()[^1]!["deadline"] = "2024-02-30";

        var result = await ImportStreamAsync(database, revised);

        Assert.True(result!.IsRejected);
        var error = Assert.Single(result.Errors);
        Assert.Equal($"$.tasks[{revised["tasks"]!.AsArray().Count - 1}].deadline", error.Path);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.PlanRevisions.CountAsync());
        Assert.Equal(0, await check.Tasks.CountAsync(t => t.Title.EndsWith(" (sửa)")));
    }

    public sealed class OnSqlite() : PlanStoreTests(StorageProvider.Sqlite);

    [RequiresPostgres]
    public sealed class OnPostgres() : PlanStoreTests(StorageProvider.Postgres);
}
