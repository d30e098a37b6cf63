using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Tests.Cards;

/// <summary>Domain values for the card factory tests.</summary>
public static class CardSamples
{
    public static readonly DateTimeOffset Now = new(2024, 11, 25, 8, 0, 0, TimeSpan.FromHours(7));

    public static Plan Plan() => ReformBot.Plans.Plan.Create(
        new PlanHeader("104/KH-UBND", "Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2024", "UBND huyện Lập Võ",
            new DateOnly(2024, 3, 22), 2024, [ReformIndex.ParIndex], "NOIVU", []),
        Now);

    public static PlanTask Task(
        string taskRef = "2.a", Deadline? deadline = null, Score? score = null, string title = "Rà soát, công khai thủ tục hành chính trên Cổng dịch vụ công") =>
        new(1, new TaskEntry(taskRef, title, "Cải cách thủ tục hành chính", ReformIndex.ParIndex, "4.2. Công khai thủ tục hành chính",
            score ?? new Score(0.40m, 0.50m), null, ["NOIVU"], [], ["cv-1"], deadline ?? Deadline.On(new DateOnly(2024, 11, 30)), null, EvidenceRequired: true),
            ["cv-1"]);

    public static ReportSchedule Schedule() => new(1, new ReportEntry(
        "BC-THANG", "Báo cáo tiến độ thực hiện Kế hoạch", ReportCadence.Monthly, 2, null, null, ReportWindow.PreviousMonth, ["XA-1"], "NOIVU"));

    public static ReportPeriod Period() => new(1, new DateOnly(2024, 12, 2), new DateOnly(2024, 11, 1), new DateOnly(2024, 11, 30), "tháng 11/2024");

    /// <summary>A long name, as unit heads and staff have: the buttons made from names must still fit.</summary>
    public const string LongName = "Chuyên viên Phòng Văn hóa và Thông tin Nguyễn Thị Ngọc Hồng";

    /// <summary>
    /// Every card the factories build, named, with data at its longest and in its variants (overdue, no deadline, urgent,
    /// with a link, with an undo button, a head's digest): what the 360 px checks and the Adaptive Cards renderer run on.
    /// </summary>
    public static IReadOnlyDictionary<string, CardContent> Cards()
    {
        var today = new DateOnly(2024, 11, 25);
        var plan = Plan();
        var longTitle = string.Join(' ', Enumerable.Repeat("Rà soát, cập nhật, công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công của tỉnh", 4));
        var overdue = Enumerable.Range(1, 4).Select(i => new OverdueItem(
            plan.Code, $"{i}.a", longTitle, i % 2 == 0 ? "cv-1" : "cv-2", i % 2 == 0 ? LongName : "Trần Văn Bình", "Phòng Văn hóa và Thông tin",
            today.AddDays(-i), i, 0.25m, TaskState.InProgress)).ToList();
        var digest = new List<ReminderDigestItem>
        {
            new("Nhiệm vụ 1.a", longTitle, "Hạn 25/11/2024 · hôm nay đến hạn", "today", "Đã xong 1.a", CardVerbs.TaskDone, CardData.TaskAction(plan.Code, "1.a")),
            new("Báo cáo tháng 11/2024", "Báo cáo tiến độ", "Hạn nộp 02/12/2024 · còn 7 ngày · gửi NOIVU", "later", "Đã nộp",
                CardVerbs.ReportSubmitted, new JsonObject { ["planCode"] = plan.Code, ["reportCode"] = "BC-THANG", ["dueDate"] = "2024-12-02", ["unitCode"] = "XA-1" }),
            new("Nhiệm vụ 6.a · " + LongName, longTitle, "Hạn 20/11/2024 · quá hạn 5 ngày", "overdue", CardTexts.Nudge(LongName), CardVerbs.OverdueNudge,
                new JsonObject { ["officerId"] = "cv-1", ["tasks"] = new JsonArray(CardData.TaskAction(plan.Code, "6.a")) }),
        };
        var choices = Enumerable.Range(1, 4).Select(i => new TaskChoiceItem(plan.Code, $"{i}.b", longTitle, TaskState.Open, today.AddDays(i))).ToList();
        var undone = new StatusUpdate(
            "Đã cập nhật nhiệm vụ 2.a", null, plan.Code, "2.a", longTitle, TaskState.InProgress, 40, TaskState.Done, 100, "Đã công khai", LongName, Now)
        {
            UndoToken = "t0k3n",
            UndoOffer = "Nếu bot hiểu sai, bấm \"Hoàn tác\" trong 10 phút.",
        };
        return new Dictionary<string, CardContent>(StringComparer.Ordinal)
        {
            ["task-reminder"] = TaskReminderCard.Create(plan, Task(title: longTitle), today),
            ["task-reminder overdue, legal due date later"] = TaskReminderCard.Create(plan, Task(deadline: Deadline.On(new DateOnly(2024, 11, 23))), today, new DateOnly(2024, 11, 25)),
            ["task-reminder without deadline"] = TaskReminderCard.Create(plan, Task(deadline: new Deadline(DeadlineKind.Ongoing, null, null, null, null)), today),
            ["report-reminder"] = ReportReminderCard.Create(plan, Schedule(), Period(), today, "XA-1", "Phòng Nội vụ huyện Lập Võ"),
            ["report-reminder overdue"] = ReportReminderCard.Create(plan, Schedule(), Period(), new DateOnly(2024, 12, 5), "XA-1"),
            ["reminder-digest"] = ReminderDigestCard.Create(today, digest),
            ["reminder-digest of a head"] = ReminderDigestCard.Create(today, [digest[2], digest[1]]),
            ["overdue-list"] = OverdueListCard.Create(overdue, 1, today, "Phòng Văn hóa và Thông tin", new JsonObject { ["unitCode"] = "VHTT" }),
            ["overdue-list empty"] = OverdueListCard.Create([], 1, today),
            ["status-updated with undo"] = StatusUpdatedCard.Create(undone),
            ["status-updated refused"] = StatusUpdatedCard.Create(undone with { Headline = "Chưa cập nhật được nhiệm vụ 2.a", Problem = "Nhiệm vụ cần tài liệu kiểm chứng." }),
            ["announcement"] = AnnouncementCard.Create("1", "Họp giao ban công tác cải cách hành chính quý IV", longTitle, LongName, urgent: true, Now, new Uri("https://example.gov.vn/hop")),
            ["announcement without title"] = AnnouncementCard.Create("2", null, "Họp giao ban lúc 14h thứ sáu", "Phòng Nội vụ", urgent: false, Now),
            ["plan-change"] = PlanChangeCard.Create(plan, [
                PlanChangeItem.DeadlineChanged("2.a", longTitle, Deadline.On(new DateOnly(2024, 11, 30)), Deadline.On(new DateOnly(2024, 12, 15))),
                PlanChangeItem.Added(Task("6.d")),
                PlanChangeItem.Cancelled("4.c", longTitle)]),
            ["task-choice"] = TaskChoiceCard.Create(choices, "đã xong", new JsonObject { ["state"] = "Done", ["progress"] = 100 }),
            ["welcome"] = WelcomeCard.Create(LongName, isLinked: false, roles: [OfficerRole.UnitHead, OfficerRole.Coordinator], new Uri("https://example.gov.vn/huong-dan")),
            ["intent-confirm"] = IntentConfirmCard.Create("Anh/chị báo nhiệm vụ 2.a đã hoàn thành?", "chắc 2a xg r", "t0k3n"),
            ["past-due"] = PastDueCard.Create(
                plan.Code,
                plan.Title,
                "Khi nạp kế hoạch ngày 01/11/2024, 3 mục đã quá hạn từ trước. Bot không nhắc các mục này.",
                "Bấm \"Nhắc tiếp\" để bot nhắc lại mục đó.",
                [
                    new PastDueCardGroup("Báo cáo tháng — Tháng 6/2024", "hạn 02/07/2024", [
                        new PastDueCardRow(LongName, PastDue("report", "BC-THANG", "XA-1", "2024-07-02"), PastDue("report", "BC-THANG", "XA-1", "2024-07-02")),
                        new PastDueCardRow("Phòng Nội vụ", PastDue("report", "BC-THANG", "PNV", "2024-07-02"), PastDue("report", "BC-THANG", "PNV", "2024-07-02"))]),
                    new PastDueCardGroup("Nhiệm vụ", null, [new PastDueCardRow("3.b " + longTitle, null, PastDue("task", "3.b", "", "2024-09-30"))]),
                ],
                n => $"… và {n} mục khác"),
            ["plan-draft revision with many warnings"] = PlanDraftCard.Create(PlanDraft(
                [.. Enumerable.Range(1, 14).Select(i => $"Bảng 1, dòng {i + 2}, cột 5 (Cơ quan phối hợp): không có đơn vị “{LongName}” trong danh bạ; tạm ghi là đơn vị mới (gần nhất: Phòng Văn hóa và Thông tin).")],
                [.. Enumerable.Range(1, 20).Select(i => $"~ Nhiệm vụ {i}.a: Thời hạn 2024-11-30 → 2024-12-15")])),
            ["plan-draft new plan"] = PlanDraftCard.Create(PlanDraft([], [])),
        };
    }

    private static PlanDraftPreview PlanDraft(IReadOnlyList<string> warnings, IReadOnlyList<string> changes) => new(
        "3f6c1b0e9a2d4c7b8e5f1a2b3c4d5e6f",
        changes.Count > 0 ? "Kế hoạch 104/KH-UBND · điều chỉnh lần 2" : "Bản nháp kế hoạch 104/KH-UBND",
        "Kế hoạch nâng cao Chỉ số cải cách hành chính năm 2024",
        "phu-luc-ke-hoach-nang-cao-chi-so-cai-cach-hanh-chinh-nam-2024-ban-chinh-thuc.docx",
        "12 nhiệm vụ · 9 đơn vị",
        ["Công tác chỉ đạo, điều hành CCHC: 3 nhiệm vụ", "Cải cách thủ tục hành chính: 9 nhiệm vụ"],
        "Đơn vị: Phòng Nội vụ, Văn phòng HĐND - UBND huyện và 7 đơn vị khác.",
        warnings.Count > 0 ? $"{warnings.Count} cảnh báo cần xem trước khi nạp:" : null,
        warnings,
        changes.Count > 0 ? "So với lần 1 đang lưu:" : null,
        changes);

    private static JsonObject PastDue(string subject, string itemRef, string unitCode, string dueDate) => new()
    {
        ["planCode"] = "104/KH-UBND",
        ["subject"] = subject,
        ["itemRef"] = itemRef,
        ["unitCode"] = unitCode,
        ["dueDate"] = dueDate,
    };
}
