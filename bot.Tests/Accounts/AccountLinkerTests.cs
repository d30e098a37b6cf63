using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Accounts;
using ReformBot.Audit;
using ReformBot.Conversation;
using ReformBot.Tests.Infrastructure;

namespace ReformBot.Tests.Accounts;

public sealed class AccountLinkerTests
{
    private const string Officer = "lv.pnv.cv1";

    private readonly ManualTimeProvider clock = new(new DateTimeOffset(2024, 11, 20, 9, 0, 0, TimeSpan.FromHours(7)));

    private static async Task<TestDatabase> DatabaseAsync()
    {
        var database = await TestDatabase.CreateAsync();
        await TestPlans.LoadAsync(database, "lapvo-104-2024.json");
        return database;
    }

    private AccountLinker Linker(ReformBot.Storage.ReformBotDbContext db) =>
        new(db, clock, Options.Create(new AccountsOptions()), new AuditLog(db, clock));

    private async Task<LinkCodeIssue?> IssueAsync(TestDatabase database, string officerId = Officer)
    {
        await using var db = database.CreateContext();
        return await Linker(db).IssueAsync(officerId, "lv.pnv.tp", CancellationToken.None);
    }

    private async Task<LinkResult> RedeemAsync(TestDatabase database, string code, string accountId = "zalo-user-1")
    {
        await using var db = database.CreateContext();
        return await Linker(db).RedeemAsync("zalo", accountId, null, code, CancellationToken.None);
    }

    private static string Wrong(string code) => code == "000000" ? "000001" : "000000";

    [Fact]
    public async Task IssuedCodeIsSixDigitsValidForSevenDaysAndStoredOnlyAsAHash()
    {
        await using var database = await DatabaseAsync();

        var issued = await IssueAsync(database);

        Assert.NotNull(issued);
        Assert.Matches("^[0-9]{6}$", issued.Code);
        Assert.Equal(clock.GetUtcNow().AddDays(7), issued.ExpiresAt);
        await using var db = database.CreateContext();
        var stored = await db.LinkCodes.SingleAsync();
        Assert.Equal((Officer, "lv.pnv.tp"), (stored.OfficerId, stored.CreatedBy));
        Assert.DoesNotContain(issued.Code, stored.CodeHash, StringComparison.Ordinal);
        Assert.Equal(64, stored.CodeHash.Length);
        Assert.Contains(await db.AuditEntries.ToListAsync(), e => e.Action == AuditActions.LinkIssue && e.Subject == Officer);
    }

    [Fact]
    public async Task NoCodeForAnOfficerNoPlanNames()
    {
        await using var database = await DatabaseAsync();

        Assert.Null(await IssueAsync(database, "nobody"));
    }

    [Fact]
    public async Task RightCodeLinksTheAccountAndTheOfficerIsFound()
    {
        await using var database = await DatabaseAsync();
        var issued = await IssueAsync(database);

        var result = await RedeemAsync(database, issued!.Code[..3] + " " + issued.Code[3..]);

        Assert.Equal(LinkOutcome.Linked, result.Outcome);
        Assert.Equal((Officer, "Chuyên viên Nội vụ 1"), (result.OfficerId, result.OfficerName));
        Assert.StartsWith("Đã liên kết tài khoản với cán bộ Chuyên viên Nội vụ 1.", AccountTexts.For(result), StringComparison.Ordinal);
        await using var db = database.CreateContext();
        var account = await db.ChatAccounts.SingleAsync(a => a.AccountId == "zalo-user-1");
        Assert.Equal((Officer, AccountLinker.Source), (account.OfficerId, account.Source));
        var sender = await new OfficerDirectory(db, clock).FindAsync("zalo", "zalo-user-1", null, CancellationToken.None);
        Assert.Equal(Officer, sender?.OfficerId);
    }

    [Fact]
    public async Task CodeIsSingleUse()
    {
        await using var database = await DatabaseAsync();
        var issued = await IssueAsync(database);
        await RedeemAsync(database, issued!.Code);

        var second = await RedeemAsync(database, issued.Code, "zalo-user-2");

        Assert.Equal(LinkOutcome.Used, second.Outcome);
        await using var db = database.CreateContext();
        Assert.False(await db.ChatAccounts.AnyAsync(a => a.AccountId == "zalo-user-2"));
    }

    [Fact]
    public async Task CodeExpiresAfterSevenDays()
    {
        await using var database = await DatabaseAsync();
        var issued = await IssueAsync(database);
        clock.Advance(TimeSpan.FromDays(7));

        var result = await RedeemAsync(database, issued!.Code);

        Assert.Equal(LinkOutcome.Expired, result.Outcome);
        Assert.Contains("hết hạn", AccountTexts.For(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewCodeReplacesTheUnusedOne()
    {
        await using var database = await DatabaseAsync();
        var first = await IssueAsync(database);
        var second = await IssueAsync(database);

        if (first!.Code != second!.Code)
        {
            Assert.Equal(LinkOutcome.InvalidCode, (await RedeemAsync(database, first.Code)).Outcome);
        }

        Assert.Equal(LinkOutcome.Linked, (await RedeemAsync(database, second.Code)).Outcome);
    }

    [Fact]
    public async Task FiveWrongCodesLockTheAccountForAnHour()
    {
        await using var database = await DatabaseAsync();
        var issued = await IssueAsync(database);

        var results = new List<LinkResult>();
        for (var i = 0; i < 5; i++)
        {
            results.Add(await RedeemAsync(database, Wrong(issued!.Code)));
        }

        Assert.Equal([4, 3, 2, 1], results.Take(4).Select(r => r.RemainingAttempts));
        Assert.Equal("Mã không đúng. Anh/chị còn 4 lần thử.", AccountTexts.For(results[0]));
        Assert.Equal(LinkOutcome.Locked, results[4].Outcome);
        Assert.Contains("Tài khoản bị tạm khóa liên kết đến 10:00", AccountTexts.For(results[4]), StringComparison.Ordinal);

        // Even the right code is refused while locked, and another account is not affected.
        Assert.Equal(LinkOutcome.Locked, (await RedeemAsync(database, issued!.Code)).Outcome);
        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(LinkOutcome.Locked, (await RedeemAsync(database, issued.Code)).Outcome);

        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(LinkOutcome.Linked, (await RedeemAsync(database, issued.Code)).Outcome);
    }

    [Fact]
    public async Task SuccessResetsTheCount()
    {
        await using var database = await DatabaseAsync();
        var issued = await IssueAsync(database);
        for (var i = 0; i < 4; i++)
        {
            await RedeemAsync(database, Wrong(issued!.Code));
        }

        await RedeemAsync(database, issued!.Code);

        await using var db = database.CreateContext();
        var attempts = await db.LinkAttempts.SingleAsync();
        Assert.Equal((0, (DateTimeOffset?)null), (attempts.FailedCount, attempts.LockedUntil));
    }

    [Fact]
    public async Task LinkedAccountIsToldSoAndTheCodeStaysUnused()
    {
        await using var database = await DatabaseAsync();
        var first = await IssueAsync(database);
        await RedeemAsync(database, first!.Code);
        var other = await IssueAsync(database, "lv.pnv.cv2");

        var result = await RedeemAsync(database, other!.Code);

        Assert.Equal(LinkOutcome.AlreadyLinked, result.Outcome);
        Assert.Equal(Officer, result.OfficerId);
        Assert.Contains("đã được liên kết với cán bộ Chuyên viên Nội vụ 1", AccountTexts.For(result), StringComparison.Ordinal);
        Assert.Equal(LinkOutcome.Linked, (await RedeemAsync(database, other.Code, "zalo-user-2")).Outcome);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("abcdef")]
    [InlineData("1234567")]
    public async Task MalformedCodeIsAWrongTry(string code)
    {
        await using var database = await DatabaseAsync();

        var result = await RedeemAsync(database, code);

        Assert.Equal((LinkOutcome.InvalidCode, 4), (result.Outcome, result.RemainingAttempts));
    }
}
