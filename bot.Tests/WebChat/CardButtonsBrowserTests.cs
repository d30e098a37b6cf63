using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ReformBot.Broadcasts;
using ReformBot.PlanChat;
using ReformBot.Plans;
using ReformBot.Storage;
using ReformBot.Tests.Infrastructure;
using ReformBot.Tests.PlanDrafts;
using static Microsoft.Playwright.Assertions;
using static ReformBot.Tests.WebChat.ChatPageBrowserTests;

namespace ReformBot.Tests.WebChat;

/// <summary>
/// The cards' other buttons pressed in the real Web Chat of the chat page (the reminder card's and the announcement's
/// are in <see cref="ChatPageBrowserTests"/>): what the bot recorded and what the page shows after each press. The
/// table in README.md next to this file names the test of every button; <see cref="CardButtonCoverageTests"/> holds it
/// to cards/*.json.
/// </summary>
public sealed class CardButtonsBrowserTests
{
    private const string GuideUrl = "https://reformbot.example.vn/huong-dan";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task AnOfficerOpensTheGuideAndAnswersTheQuestionTheTaskChoiceAndTheUndoButtons()
    {
        // Every change said in words is asked about first, so the question card's buttons show.
        await using var chat = await ChatPageBrowser.StartAsync(nameof(AnOfficerOpensTheGuideAndAnswersTheQuestionTheTaskChoiceAndTheUndoButtons), new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
            ["Conversation:ConfirmBelow"] = "1",
            ["Conversation:GuideUrl"] = GuideUrl,
        });
        await ImportSamplePlanAsync(chat);
        await chat.Page.GotoAsync(chat.Url("/chat"));

        // lv.vp.cv1 has four open tasks (2.a, 2.b, 2.c, 6.b).
        await chat.TalkAsAsync("lv.vp.cv1");
        var welcome = chat.CardWith("Xem hướng dẫn sử dụng");
        await Expect(welcome).ToContainTextAsync("Chuyên viên Văn phòng 1");
        await welcome.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Xem hướng dẫn sử dụng", Exact = true }).ClickAsync();
        await chat.WaitForOpenedAsync(GuideUrl);
        Assert.Equal([GuideUrl], await chat.OpenedUrlsAsync());
        await chat.ScreenshotAsync("guide");
        var before = await TaskAsync(chat, "2.b");

        // "Không phải": nothing changes.
        await chat.SayAsync("đang làm 30%");
        await chat.PressAsync(chat.CardWith("Không phải"), "Không phải");
        await Expect(chat.Said("Đã bỏ qua, bot không thay đổi gì.")).ToBeVisibleAsync();
        Assert.Equal(0, await QueryAsync(chat, db => db.Tasks.CountAsync(t => t.Progress == 30)));
        await chat.ScreenshotAsync("not-that");

        // "Đúng", then which task: "Chọn nhiệm vụ 2.b" applies the progress to 2.b.
        await chat.SayAsync("đang làm 50%");
        await chat.PressAsync(chat.CardWith("Đúng"), "Đúng");
        var choice = chat.CardWith("Chọn nhiệm vụ 2.b");
        await Expect(choice).ToBeVisibleAsync();
        await chat.ScreenshotAsync("which-task");
        await chat.PressAsync(choice, "Chọn nhiệm vụ 2.b");
        Assert.Equal((TaskState.InProgress, 50), await TaskAsync(chat, "2.b"));
        var updated = chat.CardWith("Hoàn tác");
        await Expect(updated).ToContainTextAsync("2.b");
        await chat.ScreenshotAsync("chosen");

        // "Hoàn tác" puts 2.b back where it was.
        await chat.PressAsync(updated, "Hoàn tác");
        await Expect(chat.Said("Đã hoàn tác: nhiệm vụ 2.b")).ToBeVisibleAsync();
        Assert.Equal(before, await TaskAsync(chat, "2.b"));
        await chat.ScreenshotAsync("undone");
    }

    [Fact]
    public async Task ACoordinatorUploadsAPlanFileThroughWebChatAndItsPreviewButtonsAndTheChangeNoticeWork()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(ACoordinatorUploadsAPlanFileThroughWebChatAndItsPreviewButtonsAndTheChangeNoticeWork), new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
        });
        await ImportSamplePlanAsync(chat);
        await chat.Page.GotoAsync(chat.Url("/chat"));

        // The officer whose task the revision moves keeps this tab; the coordinator uploads in another.
        await chat.TalkAsAsync("lv.ptckh.cv1");
        await Expect(chat.Said("Xin chào Chuyên viên Tài chính 1!")).ToBeVisibleAsync();
        await using var coordinator = await chat.OpenTabAsync("coordinator");
        await coordinator.TalkAsAsync("lv.pnv.tp");
        await Expect(coordinator.Said("Xin chào Trưởng phòng Nội vụ!")).ToBeVisibleAsync();

        // The revision: 5.a due 20/12 instead of 15/12, and every other task with a deadline the reader does not
        // understand: eleven warnings, more than the card lists, so it offers "Xem tất cả cảnh báo".
        var stored = AppendixFiles.Plan("lapvo-104-2024.json");
        var revised = stored with
        {
            Tasks =
            [
                .. stored.Tasks.Select(t => t.Ref switch
                {
                    "5.a" => t with { Deadline = Deadline.On(new DateOnly(2024, 12, 20)), DeadlineText = "Xong trước 20/12/2024" },
                    _ => t with { DeadlineText = "Khi có yêu cầu" },
                }),
            ],
        };
        var docx = AppendixFiles.Build(revised, AppendixFiles.Par);

        var preview = await UploadAsync(coordinator, "phu-luc-104-sua.docx", docx);
        await Expect(preview).ToContainTextAsync("điều chỉnh lần 2");
        var draftId = await QueryAsync(chat, db => db.PendingPlanDrafts.Where(d => d.State == PendingPlanDraftState.Pending).Select(d => d.Id).SingleAsync());
        await coordinator.ScreenshotAsync("preview");

        // "Xem tất cả cảnh báo": the warnings in full; nothing loaded, the draft still waits.
        await coordinator.PressAsync(preview, "Xem tất cả cảnh báo");
        await Expect(coordinator.Said("Khi có yêu cầu")).ToBeVisibleAsync();
        Assert.Equal((PendingPlanDraftState.Pending, 1), await DraftAndRevisionAsync(chat, draftId));
        await coordinator.ScreenshotAsync("warnings");

        // "Huỷ": the draft is discarded, the plan unchanged.
        await coordinator.PressAsync(preview, "Huỷ");
        await Expect(coordinator.Said("Đã huỷ bản nháp")).ToBeVisibleAsync();
        Assert.Equal((PendingPlanDraftState.Discarded, 1), await DraftAndRevisionAsync(chat, draftId));
        await coordinator.ScreenshotAsync("cancelled");

        // The same file again, then "Nạp kế hoạch": revision 2 is stored.
        var second = await UploadAsync(coordinator, "phu-luc-104-sua.docx", docx);
        await coordinator.PressAsync(second, "Nạp kế hoạch");
        await Expect(coordinator.Said("Đã nạp kế hoạch 104/KH-UBND (điều chỉnh lần 2")).ToBeVisibleAsync();
        Assert.Equal(2, await QueryAsync(chat, db => db.Plans.Where(p => p.Code == "104/KH-UBND").Select(p => p.Revision).SingleAsync()));
        await coordinator.ScreenshotAsync("loaded");

        // The officer's notice rides in their next daily message; "Đã nắm thông tin" records that they read it.
        await chat.MoveClockAsync("2024-12-09T08:30");
        var notice = chat.CardWith("Đã nắm thông tin");
        await Expect(notice).ToContainTextAsync("5.a");
        await chat.ScreenshotAsync("plan-change");
        await chat.PressAsync(notice, "Đã nắm thông tin");
        await Expect(chat.Said("Đã ghi nhận anh/chị đã nắm thông tin thay đổi của kế hoạch 104/KH-UBND")).ToBeVisibleAsync();
        var acknowledged = await QueryAsync(chat, db => db.OutboxMessages
            .Where(m => m.OfficerId == "lv.ptckh.cv1" && db.Broadcasts.Any(b => b.Id == m.GroupId && b.Kind == BroadcastKind.PlanChange))
            .Select(m => m.AcknowledgedAt).SingleAsync());
        Assert.NotNull(acknowledged);
        await chat.ScreenshotAsync("plan-change-read");
    }

    [Fact]
    public async Task AUnitHeadPagesThroughTheOverdueListAndNudgesAnOfficerFromIt()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(AUnitHeadPagesThroughTheOverdueListAndNudgesAnOfficerFromIt), new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
        });
        await ImportAsync(chat, PlanWithManyLateOfficers());
        await chat.Page.GotoAsync(chat.Url("/chat"));
        await chat.TalkAsAsync("lv.vp.cvp");
        await Expect(chat.Said("Xin chào Chánh Văn phòng!")).ToBeVisibleAsync();

        // Thursday 12/12: the twelve tasks due on Tuesday are late (not already late at load, so they are chased).
        await chat.MoveClockAsync("2024-12-12T09:30");
        await chat.SayAsync("việc quá hạn");
        var first = chat.CardWith("Trang sau");
        await Expect(first).ToBeVisibleAsync();
        await chat.ScreenshotAsync("overdue-page-1");

        await chat.PressAsync(first, "Trang sau");
        var second = chat.CardWith("Trang trước");
        await Expect(second).ToContainTextAsync("Trang 2/");
        await chat.ScreenshotAsync("overdue-page-2");
        await chat.PressAsync(second, "Trang trước");
        var again = chat.CardWith("Trang sau");
        await Expect(again).ToContainTextAsync("Trang 1/");

        // The first nudge button of the page: the named officer gets a reminder from the head.
        var nudge = again.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { NameRegex = new System.Text.RegularExpressions.Regex("^Nhắc ") }).First;
        var name = (await nudge.TextContentAsync())!.Trim()["Nhắc ".Length..];
        await chat.PressAsync(again, "Nhắc " + name);
        await Expect(chat.Said($"tới {name}")).ToBeVisibleAsync();
        var nudged = await QueryAsync(chat, db => db.OutboxMessages
            .Where(m => db.Broadcasts.Any(b => b.Id == m.GroupId && b.SenderOfficerId == "lv.vp.cvp"))
            .Join(db.Officers, m => m.OfficerId, o => o.OfficerId, (m, o) => o.Name).Distinct().ToListAsync());
        Assert.Equal([name], nudged);
        await chat.ScreenshotAsync("nudged");
    }

    [Fact]
    public async Task TheCoordinatorMarksAPastDueReportSubmittedAndStartsChasingAnotherFromTheListOfWorkAlreadyLateAtLoad()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(TheCoordinatorMarksAPastDueReportSubmittedAndStartsChasingAnotherFromTheListOfWorkAlreadyLateAtLoad), new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
        });

        // Loaded on 9/12: the months already past (reports of May…, tasks 2.c and 3.b) are listed for the coordinator, not chased.
        await ImportSamplePlanAsync(chat);
        await chat.Page.GotoAsync(chat.Url("/chat"));
        await chat.TalkAsAsync("lv.pnv.tp");
        await Expect(chat.Said("Xin chào Trưởng phòng Nội vụ!")).ToBeVisibleAsync();
        await chat.MoveClockAsync("2024-12-09T08:30");
        var list = chat.CardWith("Nhắc tiếp");
        await Expect(list).ToContainTextAsync("104/KH-UBND");
        await chat.ScreenshotAsync("past-due");

        await chat.PressAsync(list, "Đã nộp");
        await Expect(chat.Said("Đã ghi nhận:")).ToContainTextAsync("đã nộp");
        Assert.Equal(1, await QueryAsync(chat, db => db.AuditEntries.CountAsync(e => e.Action == ReformBot.Audit.AuditActions.PastDueSubmitted && e.Actor == "lv.pnv.tp")));
        await chat.ScreenshotAsync("past-due-submitted");

        var before = await chat.BotBubbleCountAsync();
        await list.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Nhắc tiếp", Exact = true }).Last.ClickAsync();
        await chat.WaitForAnswerAsync(before, "Nhắc tiếp");
        await Expect(chat.Said("bot sẽ nhắc lại")).ToBeVisibleAsync();
        Assert.Equal(1, await QueryAsync(chat, db => db.AuditEntries.CountAsync(e => e.Action == ReformBot.Audit.AuditActions.PastDueChase && e.Actor == "lv.pnv.tp")));
        await chat.ScreenshotAsync("past-due-chased");
    }

    [Fact]
    public async Task AReportReminderIsSnoozedAndMarkedSubmittedAndADigestsButtonMarksItsTaskDone()
    {
        await using var chat = await ChatPageBrowser.StartAsync(nameof(AReportReminderIsSnoozedAndMarkedSubmittedAndADigestsButtonMarksItsTaskDone), new Dictionary<string, string?>
        {
            ["Testing:Enabled"] = "true",
            ["Testing:ClockStart"] = "2024-12-09T08:00:00+07:00",
        });
        await ImportSamplePlanAsync(chat);
        await chat.Page.GotoAsync(chat.Url("/chat"));

        // Trưởng phòng Tư pháp writes the Tư pháp's reports; Chuyên viên Tài chính 1 has 5.a and the Tài chính's reports.
        await chat.TalkAsAsync("lv.ptp.tp");
        await Expect(chat.Said("Xin chào Trưởng phòng Tư pháp!")).ToBeVisibleAsync();
        await using var officer = await chat.OpenTabAsync("officer");
        await officer.TalkAsAsync("lv.ptckh.cv1");
        await Expect(officer.Said("Xin chào Chuyên viên Tài chính 1!")).ToBeVisibleAsync();

        // Wednesday 11/12: three working days before the quarterly report (due Sunday 15/12, so Monday 16/12).
        await chat.MoveClockAsync("2024-12-11T09:30");
        var report = chat.CardWith("Đã nộp báo cáo");
        await Expect(report).ToContainTextAsync("Báo cáo quý");
        await chat.ScreenshotAsync("report-reminder");

        await ExpandAsync(report, "Nhắc lại sau");
        await chat.PressAsync(report, "Hẹn nhắc lại");
        await Expect(chat.Said("Đã hẹn: bot sẽ nhắc lại")).ToBeVisibleAsync();
        Assert.Equal(1, await QueryAsync(chat, db => db.Snoozes.CountAsync(s => s.OfficerId == "lv.ptp.tp" && s.ItemRef == "BC-QUY")));
        await chat.ScreenshotAsync("report-snoozed");

        await chat.PressAsync(report, "Đã nộp báo cáo");
        await Expect(chat.Said("Đã ghi nhận đơn vị anh/chị đã nộp")).ToBeVisibleAsync();
        Assert.Equal("lv.ptp.tp", await QueryAsync(chat, db => db.ReportSubmissions.Where(s => s.UnitCode == "LV-PTP" && s.SubmittedAt != null).Select(s => s.SubmittedBy).SingleAsync()));
        await chat.ScreenshotAsync("report-submitted");

        // Monday 16/12: 5.a and the Tài chính's report are both due, so they come in one digest, each with its button.
        await officer.MoveClockAsync("2024-12-16T09:30");
        var digest = officer.CardWith("Đã xong 5.a");
        await Expect(digest).ToContainTextAsync("Báo cáo quý");
        await officer.ScreenshotAsync("digest");
        await officer.PressAsync(digest, "Đã xong 5.a");
        Assert.Equal((TaskState.Done, 100), await TaskAsync(chat, "5.a"));
        await Expect(officer.Said("5.a")).ToBeVisibleAsync();
        await officer.ScreenshotAsync("digest-done");
    }

    /// <summary>Sends a file with Web Chat's upload button and returns the preview card the bot answers with.</summary>
    private static async Task<ILocator> UploadAsync(ChatPageBrowser chat, string name, byte[] content)
    {
        var before = await chat.BotBubbleCountAsync();
        await chat.Page.Locator("input[type='file']").SetInputFilesAsync(new FilePayload { Name = name, MimeType = Docx, Buffer = content });
        // Web Chat 4.18 holds the chosen file in the send box (the clip shows a tick) until "Gửi" is pressed.
        await chat.Page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Gửi", Exact = true }).ClickAsync();
        await chat.WaitForAnswerAsync(before, name);
        return chat.CardWith("Nạp kế hoạch");
    }

    private static Task<(PendingPlanDraftState, int)> DraftAndRevisionAsync(ChatPageBrowser chat, string draftId) =>
        QueryAsync(chat, async db => (
            await db.PendingPlanDrafts.Where(d => d.Id == draftId).Select(d => d.State).SingleAsync(),
            await db.Plans.Where(p => p.Code == "104/KH-UBND").Select(p => p.Revision).SingleAsync()));

    /// <summary>The sample plan with twelve more officers of the Văn phòng, each with a task due Tuesday 10/12: two pages of overdue work from Wednesday.</summary>
    private static JsonObject PlanWithManyLateOfficers()
    {
        var plan = PlanJson.Load("lapvo-104-2024.json");
        for (var i = 1; i <= 12; i++)
        {
            var id = $"lv.vp.x{i}";
            plan["officers"]!.AsArray().Add(new JsonObject { ["id"] = id, ["name"] = $"Cán bộ Văn phòng {i}", ["unit"] = "LV-VP", ["roles"] = new JsonArray("officer") });
            var task = PlanJson.Task(plan, "2.b").DeepClone().AsObject();
            task["ref"] = $"9.{i}";
            task["title"] = $"Rà soát hồ sơ thủ tục hành chính đợt {i}";
            task["assignees"] = new JsonArray(id);
            task["deadline"] = "2024-12-10";
            task["deadlineText"] = "Xong trước 10/12/2024";
            plan["tasks"]!.AsArray().Add(task);
        }

        return plan;
    }

    private static async Task ImportAsync(ChatPageBrowser chat, JsonObject plan)
    {
        await using var scope = chat.Factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<PlanStore>().ImportAsync(PlanJson.Bytes(plan), "test", CancellationToken.None);
        Assert.False(result.IsRejected, string.Join("; ", result.Errors.Select(e => $"{e.Path}: {e.Message}")));
    }
}
