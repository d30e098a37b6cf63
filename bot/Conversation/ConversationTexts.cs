using ReformBot.Accounts;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Conversation;

/// <summary>What the bot says in conversation (outside cards), in one place for review.</summary>
internal static class ConversationTexts
{
    public const string NotLinked =
        "Xin chào! ReformBot chưa biết tài khoản này thuộc về cán bộ nào nên chưa thể hiển thị hay cập nhật nhiệm vụ. " + AccountTexts.HowToLink;

    public const string ExtensionNeedsDate = "Anh/chị xin gia hạn đến ngày nào? Ví dụ: \"xin gia hạn nv 2.a đến 20/12\". Chưa có gì được gửi.";

    public const string DecisionNeedsTask = "Vui lòng ghi rõ nhiệm vụ, ví dụ: \"đồng ý gia hạn nv 2.a đến 20/12\" hoặc \"từ chối gia hạn nv 2.a\". Không có gì được thay đổi.";

    public static string ExtensionAsked(string officer, ExtensionResult request) =>
        $"{officer} xin gia hạn nhiệm vụ {request.TaskRef} ({request.PlanCode}) từ {Date(request.Deadline)} đến {Date(request.Date)}" +
        (string.IsNullOrWhiteSpace(request.Note) ? "." : $", lý do: {request.Note}.") +
        $" Trả lời \"đồng ý gia hạn nv {request.TaskRef}\" hoặc \"từ chối gia hạn nv {request.TaskRef}\".";

    public static string ExtensionDecided(string coordinator, ExtensionResult decision) => decision.Outcome == ExtensionOutcome.Approved
        ? $"{coordinator} đã đồng ý gia hạn nhiệm vụ {decision.TaskRef} ({decision.PlanCode}) đến ngày {Date(decision.Date)}."
        : $"{coordinator} không đồng ý gia hạn nhiệm vụ {decision.TaskRef} ({decision.PlanCode}); hạn vẫn là ngày {Date(decision.Deadline)}." +
            (string.IsNullOrWhiteSpace(decision.Note) ? string.Empty : $" Ghi chú: {decision.Note}");

    public const string NoSuchReport =
        "Không tìm thấy báo cáo nào đơn vị anh/chị phải nộp khớp với tin nhắn. Ví dụ: \"đã nộp báo cáo tháng 11\", \"đã gửi báo cáo quý 4\".";

    public static string ReportSubmitted(string title, string period) => $"Đã ghi nhận đơn vị anh/chị đã nộp {title} — {period}. Cảm ơn anh/chị!";

    public static string ReportAlreadySubmitted(string title, string period, string? by = null, DateTimeOffset? at = null) => by is null || at is not { } when
        ? $"{title} — {period} của đơn vị anh/chị đã được ghi nhận trước đó."
        : $"{title} — {period} của đơn vị anh/chị đã được ghi nhận trước đó: {by} báo nộp lúc {Moment(when)}.";

    /// <summary>A "done" for a task someone already reported done (perhaps a second before, from the same card).</summary>
    public static string AlreadyDone(TaskUpdateResult result) => result.DoneBy is { } by && result.DoneAt is { } at
        ? $"Nhiệm vụ {result.TaskRef} đã được {by} báo hoàn thành lúc {Moment(at)}. Không có gì được thay đổi."
        : $"Nhiệm vụ {result.TaskRef} đã hoàn thành trước đó. Không có gì được thay đổi.";

    public static string UpdateHeadline(TaskUpdateOutcome outcome, string taskRef) => outcome switch
    {
        TaskUpdateOutcome.Updated => $"Đã cập nhật nhiệm vụ {taskRef}",
        TaskUpdateOutcome.Unchanged => $"Nhiệm vụ {taskRef} không thay đổi",
        _ => $"Chưa cập nhật được nhiệm vụ {taskRef}",
    };

    public static string? UpdateProblem(TaskUpdateOutcome outcome) => outcome switch
    {
        TaskUpdateOutcome.TaskNotFound => "Không tìm thấy nhiệm vụ này trong kế hoạch.",
        TaskUpdateOutcome.NotAssigned => "Nhiệm vụ này không được giao cho anh/chị.",
        TaskUpdateOutcome.TaskCancelled => "Nhiệm vụ đã bị hủy khỏi kế hoạch.",
        TaskUpdateOutcome.EvidenceRequired => "Nhiệm vụ cần tài liệu kiểm chứng trước khi báo hoàn thành: hãy gửi đường dẫn hoặc tệp minh chứng.",
        _ => null,
    };


    private static string Date(DateOnly? date) => date is { } d ? CardTexts.Date(d) : "?";

    public const string InvalidCard =
        "Thẻ này không còn hợp lệ (thiếu thông tin nhiệm vụ hoặc dữ liệu sai). Không có gì được thay đổi. Anh/chị vui lòng dùng thẻ nhắc việc mới nhất.";

    public const string InvalidProgress = "Tiến độ phải là số phần trăm từ 0 đến 100. Không có gì được thay đổi.";

    public const string InvalidStatus = "Tình trạng không hợp lệ. Không có gì được thay đổi.";

    public const string UnsupportedAction = "Thao tác này chưa được hỗ trợ. Không có gì được thay đổi.";

    public const string WhichTask = "Anh/chị đang nói về nhiệm vụ nào? Vui lòng chọn trên thẻ.";

    public const string NoOpenTask = "Anh/chị hiện không có nhiệm vụ nào đang mở. Nếu cần, hãy ghi rõ số nhiệm vụ, ví dụ \"đã xong nv 2.a\".";

    public const string NotAvailableYet =
        "ReformBot đã hiểu yêu cầu nhưng chức năng này chưa được mở. Anh/chị vui lòng liên hệ đầu mối theo dõi của kế hoạch. Gõ \"giúp\" để xem những việc có thể làm.";

    public const string SnoozeWhen = "Anh/chị muốn được nhắc lại khi nào? Ví dụ “nhắc lại sau 2 ngày”, “nhắc tôi thứ hai” hoặc “nhắc lại ngày 10/12”.";

    public const string SnoozeWhich = "Anh/chị muốn hoãn nhắc việc nào? Hãy ghi rõ số nhiệm vụ, ví dụ “nhắc lại sau 2 ngày nv 2.b”.";

    public const string ReportNotYours = "Báo cáo này không thuộc đơn vị của anh/chị nên không thể hoãn nhắc. Không có gì được thay đổi.";

    public static string TaskName(string taskRef) => "nhiệm vụ " + taskRef;

    public static string ReportName(string title) => "báo cáo “" + title + "”";

    public static string Snoozed(SnoozeOutcome outcome, string item, DateTimeOffset at, DateOnly? lastDay) => outcome switch
    {
        SnoozeOutcome.Snoozed => $"Đã hẹn: bot sẽ nhắc lại {item} lúc {Moment(at)}. Trước lúc đó bot không nhắc việc này nữa.",
        SnoozeOutcome.PastDeadline => $"Không thể hoãn nhắc {item} quá hạn chót {(lastDay is { } day ? CardTexts.Date(day) : "?")}. Anh/chị hãy chọn một ngày sớm hơn. Không có gì được thay đổi.",
        _ => $"Thời điểm đó đã qua. Anh/chị hãy chọn một thời điểm sau này, ví dụ “nhắc lại sau 2 ngày”. Không có gì được thay đổi.",
    };

    private static string Moment(DateTimeOffset at)
    {
        var local = VietnamTime.ToLocal(at);
        var day = local.DayOfWeek switch
        {
            DayOfWeek.Monday => "thứ Hai",
            DayOfWeek.Tuesday => "thứ Ba",
            DayOfWeek.Wednesday => "thứ Tư",
            DayOfWeek.Thursday => "thứ Năm",
            DayOfWeek.Friday => "thứ Sáu",
            DayOfWeek.Saturday => "thứ Bảy",
            _ => "Chủ nhật",
        };
        return $"{local.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)} {day}, {CardTexts.Date(DateOnly.FromDateTime(local.DateTime))}";
    }

    public static string TaskNotFound(string? taskRef) =>
        $"Không tìm thấy nhiệm vụ {taskRef} trong các kế hoạch của anh/chị. Vui lòng kiểm tra lại số nhiệm vụ.";

    public static string EvidenceReceived(int count, string taskRef) => count == 0
        ? $"Chưa nhận được tài liệu kiểm chứng nào cho nhiệm vụ {taskRef}: hãy gửi đường dẫn, số văn bản hoặc tệp."
        : $"Đã ghi nhận {count} tài liệu kiểm chứng cho nhiệm vụ {taskRef}.";

    public static string Help(Sender sender)
    {
        var lines = new List<string>
        {
            $"Chào {sender.Name}, ReformBot nhắc anh/chị trước hạn nhiệm vụ và báo cáo của kế hoạch cải cách hành chính.",
            "Báo kết quả bằng lời, có dấu hay không dấu đều được: \"đã xong nv 2.a\", \"đang làm 70%\", \"vướng: chưa có kinh phí\", hoặc gửi đường dẫn minh chứng. Trên thẻ nhắc việc, bấm **Đã hoàn thành**, hoặc bấm **Khác…** để chọn tình trạng, tiến độ rồi bấm **Cập nhật**, để **Nhắc lại sau** hay **Xin gia hạn**.",
        };
        if (sender.Has(OfficerRole.UnitHead))
        {
            lines.Add("Là thủ trưởng đơn vị, anh/chị có thể hỏi: \"việc nào quá hạn?\", \"sắp đến hạn\", \"tiến độ\", \"ai chưa nộp báo cáo?\" cho đơn vị mình và các đơn vị trực thuộc.");
        }

        if (sender.Has(OfficerRole.Coordinator))
        {
            lines.Add("Là đầu mối theo dõi, anh/chị xem được quá hạn, tiến độ và báo cáo của toàn kế hoạch; nạp và sửa kế hoạch qua trang quản trị.");
        }

        lines.Add($"Kế hoạch của anh/chị: {string.Join(", ", sender.Memberships.Select(m => m.PlanCode).Distinct())}.");
        return string.Join("\n\n", lines);
    }
}
