using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Tests.Conversation;

/// <summary>"Nhắc lại sau 2 ngày" in chat and on cards, and replies placed by the reminder they answer.</summary>
public sealed class SnoozeTests
{
    private static Task<ConversationHost> LoadAsync() => ConversationHost.StartAsync(new Dictionary<string, string>
    {
        ["lv.vp.cv1"] = "29:vp-cv1",
        ["lv.pvhtt.cv1"] = "29:pvhtt-cv1",
        ["lv.pnv.cv1"] = "29:pnv-cv1",
    });

    private static string TextOf(ConversationReply reply) => string.Join("\n", reply.Messages.Select(m => m.Text));

    private static Task<ReminderCycleResult> CycleAsync(ConversationHost host) =>
        host.InScopeAsync(sp => sp.GetRequiredService<ReminderCycle>().RunAsync(CancellationToken.None));

    [Fact]
    public async Task SnoozeHoldsTheRemindersBackAndRemindsAgainAtTheAskedMorning()
    {
        await using var host = await LoadAsync();
        await CycleAsync(host);

        var reply = await host.HandleAsync("29:vp-cv1", "nhac lai sau 5 ngay nv 2.b");

        Assert.Contains("08:00 thứ Hai, 25/11/2024", TextOf(reply), StringComparison.Ordinal);
        host.Clock.Set(new DateTimeOffset(2024, 11, 22, 9, 0, 0, TimeSpan.FromHours(7)));
        await CycleAsync(host);
        host.Clock.Set(new DateTimeOffset(2024, 11, 25, 9, 0, 0, TimeSpan.FromHours(7)));
        await CycleAsync(host);

        await using var db = host.CreateContext();
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.ItemRef == "2.b" && r.OfficerId == "lv.vp.cv1").ToListAsync();
        var snoozed = Assert.Single(reminders);
        Assert.Equal(ReminderStage.Snoozed, snoozed.Stage);
        Assert.Equal(ReminderState.Sent, snoozed.State);
        Assert.Contains(host.Channel.To("lv.vp.cv1"), m => m.Text.Contains("2.b", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SnoozePastTheDeadlineIsRefusedAndChangesNothing()
    {
        await using var host = await LoadAsync();

        var reply = await host.HandleAsync("29:vp-cv1", "nhắc lại ngày 20/12 nv 2.b");

        Assert.Contains("quá hạn chót 02/12/2024", TextOf(reply), StringComparison.Ordinal);
        await using var db = host.CreateContext();
        Assert.Empty(await db.Snoozes.ToListAsync());
    }

    [Fact]
    public async Task CardSnoozeButtonsWorkForTasksAndReports()
    {
        await using var host = await LoadAsync();

        var task = await host.HandleAsync("29:vp-cv1", null, new CardAction(CardVerbs.TaskSnooze, new JsonObject { ["planCode"] = "104/KH-UBND", ["taskRef"] = "2.b", ["snoozeDays"] = "3" }));
        var report = await host.HandleAsync("29:vp-cv1", null, new CardAction(CardVerbs.ReportSnooze, new JsonObject
        {
            ["planCode"] = "104/KH-UBND", ["reportCode"] = "BC-THANG", ["dueDate"] = "2024-12-02", ["unitCode"] = "LV-VP", ["snoozeDays"] = "1",
        }));
        var notMine = await host.HandleAsync("29:vp-cv1", null, new CardAction(CardVerbs.ReportSnooze, new JsonObject
        {
            ["planCode"] = "104/KH-UBND", ["reportCode"] = "BC-THANG", ["dueDate"] = "2024-12-02", ["unitCode"] = "LV-PNV", ["snoozeDays"] = "1",
        }));

        Assert.Contains("nhiệm vụ 2.b lúc 08:00 thứ Hai, 25/11/2024", TextOf(task), StringComparison.Ordinal);
        Assert.Contains("Đã hẹn", TextOf(report), StringComparison.Ordinal);
        Assert.Contains("không thuộc đơn vị", TextOf(notMine), StringComparison.Ordinal);
        await using var db = host.CreateContext();
        var stored = await db.Snoozes.AsNoTracking().OrderBy(s => s.Id).ToListAsync();
        Assert.Equal([("2.b", (string?)null), ("BC-THANG", "LV-VP")], stored.Select(s => (s.ItemRef, s.UnitCode)));
    }

    [Fact]
    public async Task AReplyWithoutATaskGoesToTheTaskOfTheReminderJustSent()
    {
        await using var host = await LoadAsync();
        await using (var db = host.CreateContext())
        {
            var plan = await db.Plans.SingleAsync();
            var message = OutboxMessage.Composed("lv.pvhtt.cv1", ReminderOutbox.RowKind, host.Clock.GetUtcNow(), host.Clock.GetUtcNow());
            message.Delivered("msteams", host.Clock.GetUtcNow());
            var reminder = new Reminder(
                new PlannedReminder("k", host.Clock.GetUtcNow(), "lv.pvhtt.cv1", plan.Id, plan.Code, ReminderSubject.Task, "6.c", null, new DateOnly(2024, 12, 15), ReminderStage.Before7Days, 0),
                message,
                host.Clock.GetUtcNow());
            reminder.Settle(ReminderState.Sent);
            db.Reminders.Add(reminder);
            await db.SaveChangesAsync();
        }

        await host.HandleAsync("29:pvhtt-cv1", "dang lam 70%");

        await using var check = host.CreateContext();
        Assert.Equal(70, (await check.Tasks.SingleAsync(t => t.Ref == "6.c")).Progress);
        Assert.Equal(0, (await check.Tasks.SingleAsync(t => t.Ref == "6.a")).Progress);
    }
}
