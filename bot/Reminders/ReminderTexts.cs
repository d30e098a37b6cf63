using ReformBot.Cards;

namespace ReformBot.Reminders;

/// <summary>Every Vietnamese sentence the reminders write (card contents aside), kept together for review.</summary>
internal static class ReminderTexts
{
    public static string TaskLabel(string taskRef) => CardTexts.TaskLabel(taskRef);

    public static string StaffTaskLabel(string taskRef, string officerNames) => $"{CardTexts.TaskLabel(taskRef)} · {officerNames}";

    public static string ReportLabel(string periodLabel) => $"Báo cáo {periodLabel}";

    public static string Due(DateOnly due, string dayPhrase) => $"Hạn {CardTexts.Date(due)} · {dayPhrase}";

    public static string ReportDue(DateOnly due, string dayPhrase, string recipient) => $"Hạn nộp {CardTexts.Date(due)} · {dayPhrase} · gửi {recipient}";

    public static string CheckIn(string status, int progress) => $"Cập nhật định kỳ: hiện {status.ToLowerInvariant()}, {CardTexts.Percent(progress)}";

    public static string Done(string taskRef) => $"Đã xong {taskRef}";

    public const string Submitted = "Đã nộp";

    public const string Seen = "Đã xem";

    public const string PlanChangeLabel = "Kế hoạch thay đổi";

    public const string NoticeLabel = "Thông báo";

    public static string Nudge(string officerName) => CardTexts.Nudge(officerName);

    public static string Line(string label, string title, string detail) => $"• {label}: {CardTexts.Shorten(title, 120)} ({detail})";

    public static string TaskReminderText(string taskRef, string title, string detail) =>
        $"Nhắc việc: {CardTexts.TaskLabel(taskRef)} — {CardTexts.Shorten(title, 160)} ({detail}). " +
        $"Anh/chị trả lời giúp tình hình: “đã xong nv {taskRef}”, “đang làm 70% nv {taskRef}” hoặc “xin gia hạn đến 20/12 nv {taskRef}”.";

    public static string ReportReminderText(string label, string detail) =>
        $"Nhắc báo cáo: {label} ({detail}). Khi đã nộp, anh/chị trả lời “đã nộp báo cáo” để bot ghi nhận.";

    /// <summary>The digest in words (channels without cards); the card carries the reply hint for the person's own first task.</summary>
    public static string DigestText(DateOnly today, IEnumerable<string> lines) =>
        $"{CardTexts.DigestHeading(today)}:\n{string.Join('\n', lines)}";

    public static string UnreachableLine(string officerName, string unitName, IEnumerable<string> items) =>
        $"• {officerName} ({unitName}): {string.Join("; ", items)}";

    public static string Unreachable(IEnumerable<string> lines) =>
        "Không gửi được lời nhắc cho những người sau: họ chưa liên kết tài khoản Teams/Zalo với bot hoặc hiện không nhận được tin.\n" +
        string.Join('\n', lines) +
        "\nĐề nghị anh/chị liên hệ trực tiếp và hướng dẫn họ liên kết tài khoản với bot.";
}
