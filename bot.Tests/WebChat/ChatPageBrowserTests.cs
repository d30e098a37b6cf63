using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformBot.Calendar;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace ReformBot.Tests.WebChat;

/// <summary>
/// The chat page in headless chromium, as someone trying the bot would use it: the real Web Chat bundle over the bot's
/// own Direct Line, every button of the reminder card, and a coordinator's broadcast with its report. What the page
/// shows and what the bot recorded are both checked.
/// </summary>
public sealed class ChatPageBrowserTests
{
    private const string Officer = "lv.ptckh.cv1";
    private const string OfficerName = "Chuyên viên Tài chính 1";
    private const string Coordinator = "lv.pnv.tp";
    private const string PlanCode = "104/KH-UBND";

    /// <summary>Monday 9/12/2024: task 5.a (Chuyên viên Tài chính 1's only task) is due Sunday 15/12.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Testing:Enabled"] = "true",
        ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
    };

    [Fact]
    public async Task AnOfficerGetsAReminderOnTheChatPageAndEveryButtonOfItsCardIsRecorded()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(AnOfficerGetsAReminderOnTheChatPageAndEveryButtonOfItsCardIsRecorded), Settings);
        await ImportSamplePlanAsync(chat);
        var page = chat.Page;

        await page.GotoAsync(chat.Url("/chat"));
        await Expect(page.Locator("#officer option[value='" + Officer + "']")).ToHaveCountAsync(1);
        await Expect(page.Locator("#clock")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("page");

        // Talk as the officer: linked on the page's own channel, welcomed with the welcome card.
        await chat.TalkAsAsync(Officer);
        await Expect(chat.Said($"Xin chào {OfficerName}!")).ToBeVisibleAsync();
        Assert.Equal(Officer, await QueryAsync(chat, db => db.ChatAccounts.Where(a => a.Channel == "webchat").Select(a => a.OfficerId).SingleAsync()));
        await chat.ScreenshotAsync("welcome");

        await chat.SayAsync("giúp");
        await Expect(chat.Said($"Chào {OfficerName}, ReformBot nhắc")).ToBeVisibleAsync();
        await chat.ScreenshotAsync("help");

        // Thursday 12/12: three days before 5.a's deadline, its reminder comes to this conversation.
        await chat.MoveClockAsync("2024-12-12T09:30");
        var card = page.Locator(".ac-adaptiveCard", new PageLocatorOptions { HasText = "Nhắc việc: nhiệm vụ 5.a" }).First;
        await Expect(card).ToBeVisibleAsync();
        var attempt = await QueryAsync(chat, db => db.DeliveryAttempts.Where(a => a.Status == ReformBot.Delivery.AttemptStatus.Sent)
            .Join(db.Reminders.Where(r => r.ItemRef == "5.a" && r.OfficerId == Officer), a => a.OutboxMessageId, r => r.OutboxMessageId, (a, r) => a).FirstAsync());
        Assert.Equal("webchat", attempt.ConversationChannel);
        Assert.Equal(await page.Locator(".webchat").GetAttributeAsync("data-conversation"), attempt.ConversationId);
        await chat.ScreenshotAsync("reminder");

        // A reply in words right after a one-task reminder is about that task.
        await chat.SayAsync("đang làm 80%");
        await Expect(chat.Said("Đã cập nhật nhiệm vụ 5.a")).ToBeVisibleAsync();
        Assert.Equal((TaskState.InProgress, 80), await TaskAsync(chat, "5.a"));
        await chat.ScreenshotAsync("progress-in-words");

        // Khác… > Nhắc lại sau > Hẹn nhắc lại: a snooze of the first length offered (1 day).
        await ExpandAsync(card, "Khác…");
        await ExpandAsync(card, "Nhắc lại sau");
        await PressAsync(chat, card, "Hẹn nhắc lại");
        await Expect(chat.Said("Đã hẹn: bot sẽ nhắc lại")).ToBeVisibleAsync();
        var snooze = await QueryAsync(chat, db => db.Snoozes.SingleAsync(s => s.OfficerId == Officer && s.ItemRef == "5.a"));
        Assert.Equal(new DateOnly(2024, 12, 13), VietnamTime.DateOf(snooze.Until));
        await chat.ScreenshotAsync("snooze");

        // Khác… > Xin gia hạn: a date and a reason.
        await ExpandAsync(card, "Xin gia hạn");
        await card.Locator("input[type='date']").FillAsync("2024-12-31");
        await card.Locator("textarea").Last.FillAsync("Chờ kinh phí bổ sung");
        await PressAsync(chat, card, "Gửi đề nghị gia hạn");
        await Expect(chat.Said("Đã gửi đề nghị gia hạn")).ToBeVisibleAsync();
        var extension = await QueryAsync(chat, db => db.ExtensionRequests.SingleAsync(e => e.OfficerId == Officer));
        Assert.Equal((new DateOnly(2024, 12, 31), "Chờ kinh phí bổ sung"), (extension.RequestedDate, extension.Reason));
        await chat.ScreenshotAsync("extension");

        // Khác… > status and progress > Cập nhật.
        await card.Locator("select").First.SelectOptionAsync(nameof(TaskState.InProgress));
        await card.Locator("input[type='number']").FillAsync("60");
        await PressAsync(chat, card, "Cập nhật");
        Assert.Equal((TaskState.InProgress, 60), await TaskAsync(chat, "5.a"));
        await chat.ScreenshotAsync("update");

        // Đã hoàn thành.
        await PressAsync(chat, card, "Đã hoàn thành");
        Assert.Equal((TaskState.Done, 100), await TaskAsync(chat, "5.a"));
        await chat.ScreenshotAsync("done");
    }

    [Fact]
    public async Task TheCoordinatorsBroadcastReachesTheLinkedOfficerWhoReadsItAndOpensItsLinkAndItsReportComesBack()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(TheCoordinatorsBroadcastReachesTheLinkedOfficerWhoReadsItAndOpensItsLinkAndItsReportComesBack), Settings);
        await ImportSamplePlanAsync(chat);
        var page = chat.Page;
        await page.GotoAsync(chat.Url("/chat"));

        // The officer keeps this tab open; the coordinator talks in another one, at the same time.
        await chat.TalkAsAsync(Officer);
        await Expect(chat.Said($"Xin chào {OfficerName}!")).ToBeVisibleAsync();
        var officerConversation = await page.Locator(".webchat").GetAttributeAsync("data-conversation");
        await using var coordinator = await chat.OpenTabAsync("coordinator");
        await coordinator.TalkAsAsync(Coordinator);
        await Expect(coordinator.Said("Xin chào Trưởng phòng Nội vụ!")).ToBeVisibleAsync();
        Assert.NotEqual(officerConversation, await coordinator.Page.Locator(".webchat").GetAttributeAsync("data-conversation"));
        await coordinator.ScreenshotAsync("coordinator");

        const string Link = "https://meet.example.org/giao-ban-cchc";
        await coordinator.SayAsync($"thông báo: Họp giao ban CCHC lúc 14h thứ sáu, phòng họp trực tuyến {Link}");
        await Expect(coordinator.Said("Đang gửi thông báo")).ToBeVisibleAsync();
        await coordinator.ScreenshotAsync("broadcast-queued");

        // The outbox sends on the clock's cycles: a few minutes later the copy is in the officer's tab and the report in the coordinator's.
        var before = await coordinator.BotBubbleCountAsync();
        await coordinator.MoveClockAsync("2024-12-09T08:30");
        await coordinator.WaitForAnswerAsync(before, "the broadcast report");
        await Expect(coordinator.Said("1 người đã nhận")).ToBeVisibleAsync();
        var (broadcastId, broadcastReported, copies) = await QueryAsync(chat, async db =>
        {
            var broadcast = await db.Broadcasts.SingleAsync();
            var rows = await db.OutboxMessages.Where(m => m.GroupId == broadcast.Id && m.State == ReformBot.Delivery.OutboxState.Sent).Select(m => m.OfficerId).ToListAsync();
            return (broadcast.Id, broadcast.ReportedAt is not null, rows);
        });
        Assert.True(broadcastReported);
        Assert.Equal([Officer], copies);
        await coordinator.ScreenshotAsync("broadcast-report");

        // The officer's copy: "Mở liên kết" opens the link the announcement names, "Đã đọc" records that it was read.
        var announcement = chat.CardWith("Đã đọc");
        await Expect(announcement).ToContainTextAsync("Họp giao ban CCHC");
        await announcement.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Mở liên kết", Exact = true }).ClickAsync();
        await chat.WaitForOpenedAsync(Link);
        Assert.Equal([Link], await chat.OpenedUrlsAsync());
        await chat.PressAsync(announcement, "Đã đọc");
        await Expect(chat.Said("Đã ghi nhận anh/chị đã đọc thông báo.")).ToBeVisibleAsync();
        Assert.NotNull(await QueryAsync(chat, db => db.OutboxMessages.Where(m => m.GroupId == broadcastId && m.OfficerId == Officer).Select(m => m.AcknowledgedAt).SingleAsync()));
        await chat.ScreenshotAsync("announcement-read");
    }

    internal static async Task ImportSamplePlanAsync(ChatPageBrowser chat)
    {
        await using var scope = chat.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(PlanJson.Load("lapvo-104-2024.json")), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }

    internal static async Task<T> QueryAsync<T>(ChatPageBrowser chat, Func<ReformBotDbContext, Task<T>> query)
    {
        await using var db = chat.Factory.CreateDbContext();
        return await query(db);
    }

    internal static Task<(TaskState, int)> TaskAsync(ChatPageBrowser chat, string taskRef) =>
        QueryAsync(chat, async db => await db.Tasks.Where(t => t.Ref == taskRef).Select(t => new ValueTuple<TaskState, int>(t.State, t.Progress)).SingleAsync());

    /// <summary>Opens a "show card" button of the card unless it is open already (a second press would close it).</summary>
    internal static async Task ExpandAsync(ILocator card, string title)
    {
        var button = card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = title, Exact = true });
        if (await button.GetAttributeAsync("aria-expanded") != "true")
        {
            await button.ClickAsync();
        }

        await Expect(button).ToHaveAttributeAsync("aria-expanded", "true");
    }

    private static Task PressAsync(ChatPageBrowser chat, ILocator card, string title) => chat.PressAsync(card, title);
}
