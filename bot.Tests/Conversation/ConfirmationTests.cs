using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Tests.Conversation;

/// <summary>"Đúng" / "Không phải" before a change the bot is unsure of, and "Hoàn tác" after one it applied.</summary>
public sealed class ConfirmationTests
{
    private static readonly Dictionary<string, string> Accounts = new()
    {
        ["lv.vp.cv1"] = "29:vp-cv1",
        ["lv.pnv.cv1"] = "29:pnv-cv1",
    };

    /// <summary>ConfirmBelow 1: every change is asked about first.</summary>
    private static Task<ConversationHost> AlwaysAskingAsync() =>
        ConversationHost.StartAsync(Accounts, settings: new Dictionary<string, string?> { ["Conversation:ConfirmBelow"] = "1" });

    private static async Task<PlanTask> TaskAsync(ConversationHost host, string taskRef)
    {
        await using var db = host.CreateContext();
        return await db.Tasks.SingleAsync(t => t.Ref == taskRef);
    }

    private static CardAction Tap(string verb, string token) => new(verb, new JsonObject { ["token"] = token });

    private static string TokenOf(ConversationReply reply, string verb) =>
        (string)Assert.Single(Assert.Single(reply.Messages).Actions, a => a.Verb == verb).Data["token"]!;

    [Fact]
    public async Task UnsureChangeIsAskedAndAppliedOnlyOnYes()
    {
        await using var host = await AlwaysAskingAsync();

        var asked = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");

        var message = Assert.Single(asked.Messages);
        Assert.Equal(CardNames.IntentConfirm, message.Card!.Template);
        Assert.Equal("Anh/chị báo nhiệm vụ 2.a đã hoàn thành?", message.Text);
        Assert.Equal([CardTexts.ConfirmYes, CardTexts.ConfirmNo], message.Actions.Select(a => a.Title));
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);

        var applied = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, TokenOf(asked, CardVerbs.IntentConfirm)));

        Assert.Equal(CardNames.StatusUpdated, Assert.Single(applied.Messages).Card!.Template);
        Assert.Equal(TaskState.Done, (await TaskAsync(host, "2.a")).State);
    }

    [Fact]
    public async Task NoForgetsTheChangeAndTheTokenCannotBeUsedAgain()
    {
        await using var host = await AlwaysAskingAsync();
        var asked = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");
        var token = TokenOf(asked, CardVerbs.IntentCancel);

        var cancelled = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentCancel, token));
        var late = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, token));

        Assert.Contains("bỏ qua", Assert.Single(cancelled.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("hết hạn", Assert.Single(late.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);
    }

    [Theory]
    [InlineData("29:pnv-cv1", "3f6c1b0e9a2d4c7b8e5f1a2b3c4d5e6f")]
    [InlineData("29:pnv-cv1", null)]
    [InlineData("29:vp-cv1", "not-a-token")]
    public async Task AForgedOrForeignTokenChangesNothing(string account, string? forged)
    {
        await using var host = await AlwaysAskingAsync();
        var asked = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");
        var token = forged ?? TokenOf(asked, CardVerbs.IntentConfirm);

        var reply = await host.HandleAsync(account, null, Tap(CardVerbs.IntentConfirm, token));

        Assert.Contains("hết hạn", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);
    }

    [Fact]
    public async Task AQuestionIsExpiredAfterItsTime()
    {
        await using var host = await AlwaysAskingAsync();
        var asked = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");

        host.Clock.Advance(TimeSpan.FromMinutes(31));
        var reply = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.IntentConfirm, TokenOf(asked, CardVerbs.IntentConfirm)));

        Assert.Contains("hết hạn", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);
    }

    [Fact]
    public async Task ASureChangeIsAppliedAndUndoPutsTheTaskBack()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        var before = await TaskAsync(host, "2.a");

        var applied = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");
        Assert.Equal(TaskState.Done, (await TaskAsync(host, "2.a")).State);
        Assert.Contains(CardTexts.Undo, Assert.Single(applied.Messages).Text, StringComparison.Ordinal);

        var undone = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.ChangeUndo, TokenOf(applied, CardVerbs.ChangeUndo)));

        Assert.Contains("Đã hoàn tác", Assert.Single(undone.Messages).Text, StringComparison.Ordinal);
        var after = await TaskAsync(host, "2.a");
        Assert.Equal((before.State, before.Progress), (after.State, after.Progress));
        await using var db = host.CreateContext();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Details != null && e.Details.Contains("Hoàn tác")));
    }

    [Fact]
    public async Task UndoIsRefusedAfterItsTime()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        var applied = await host.HandleAsync("29:vp-cv1", "đã xong nv 2.a");

        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var reply = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.ChangeUndo, TokenOf(applied, CardVerbs.ChangeUndo)));

        Assert.Contains("hết hạn", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Done, (await TaskAsync(host, "2.a")).State);
    }

    [Theory]
    [InlineData("")]
    [InlineData("🙂🙂")]
    [InlineData("\u0000\u0007")]
    [InlineData("Привет 你好")]
    public async Task BadInputGetsTheHelpAndChangesNothing(string text)
    {
        await using var host = await ConversationHost.StartAsync(Accounts);

        var reply = await host.HandleAsync("29:vp-cv1", text);

        Assert.Contains("ReformBot", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);
    }

    [Fact]
    public async Task UndoOfAReportFilingIsRefusedAfterItsTimeAndForAnotherOfficer()
    {
        await using var host = await ConversationHost.StartAsync(Accounts);
        var filed = await host.HandleAsync("29:vp-cv1", "da nop bao cao thang 10");
        var token = TokenOf(filed, CardVerbs.ChangeUndo);

        var foreign = await host.HandleAsync("29:pnv-cv1", null, Tap(CardVerbs.ChangeUndo, token));
        host.Clock.Advance(TimeSpan.FromMinutes(6));
        var late = await host.HandleAsync("29:vp-cv1", null, Tap(CardVerbs.ChangeUndo, token));

        Assert.Contains("hết hạn", Assert.Single(foreign.Messages).Text, StringComparison.Ordinal);
        Assert.Contains("hết hạn", Assert.Single(late.Messages).Text, StringComparison.Ordinal);
        await using var db = host.CreateContext();
        Assert.True(await db.ReportSubmissions.AnyAsync(s => s.UnitCode == "LV-VP" && s.SubmittedAt != null));
    }

    [Fact]
    public async Task ABareNumberIsTheTaskWhenTheOfficersPlanHasIt()
    {
        // The plan gets a task "1.2" of this officer; "1.2" would otherwise be read as the date 1 February.
        await using var host = await ConversationHost.StartAsync(Accounts, edit: plan =>
        {
            var copy = plan["tasks"]!.AsArray().Single(t => (string?)t!["ref"] == "2.a")!.DeepClone().AsObject();
            copy["ref"] = "1.2";
            plan["tasks"]!.AsArray().Add(copy);
        });

        var reply = await host.HandleAsync("29:vp-cv1", "1.2 được 40% rồi");

        Assert.Contains("1.2", Assert.Single(reply.Messages).Text, StringComparison.Ordinal);
        var task = await TaskAsync(host, "1.2");
        Assert.Equal((TaskState.InProgress, 40), (task.State, task.Progress));
        Assert.Equal(TaskState.Open, (await TaskAsync(host, "2.a")).State);
    }
}
