namespace ReformBot.Channels.Zalo;

/// <summary>Every Vietnamese word the Zalo channel writes itself (card contents come from the card data).</summary>
internal static class ZaloTexts
{
    public const string Bullet = "• ";

    /// <summary>Above a file sent as a Zalo file message (the report draft).</summary>
    public static string FileAttached(string fileName) =>
        $"Đã lập tệp {fileName}; tệp được gửi kèm ngay dưới đây.";

    // Task reminder
    public static string TaskReminderHeading(string taskRef, string? planCode) =>
        planCode is null ? $"NHẮC VIỆC: Nhiệm vụ {taskRef}" : $"NHẮC VIỆC: Nhiệm vụ {taskRef} ({planCode})";

    public static string Deadline(string deadline, string? dayPhrase) => dayPhrase is null ? $"Thời hạn: {deadline}" : $"Thời hạn: {deadline} ({dayPhrase})";

    public static string LegalDue(string date) => $"Hạn tính đến hết ngày làm việc {date}.";

    public static string Criterion(string criterion, string? score) => score is null ? $"Tiêu chí: {criterion}" : $"Tiêu chí: {criterion} ({score})";

    public static string StatusAndProgress(string status, string progress) => $"Hiện tại: {status}, tiến độ {progress}";

    public const string EvidenceRequired = "Cần gửi tài liệu kiểm chứng khi báo hoàn thành.";

    public static string TaskReplyPrompt(string taskRef) =>
        $"Anh/chị vui lòng trả lời tin này để báo kết quả, ví dụ: \"xong nv {taskRef}\", \"được 70% nv {taskRef}\", \"vướng: ...\" hoặc \"xin gia hạn đến 20/12\".";

    public const string Done = "Đã hoàn thành";

    public const string ConfirmYes = "Đúng";

    public const string ConfirmNo = "Không phải";

    public static string YouWrote(string message) => $"Tin nhắn: “{message}”";
    public const string RemindTomorrow = "Nhắc lại ngày mai";

    public static string RemindAfter(string title) => "Nhắc lại: " + title;

    // Report reminder
    public static string ReportReminderHeading(string title, string? period) => period is null ? $"NHẮC BÁO CÁO: {title}" : $"NHẮC BÁO CÁO: {title} {period}";

    public static string Plan(string planCode) => $"Kế hoạch: {planCode}";

    public static string DataWindow(string window) => $"Số liệu: {window}";

    public static string ReportDue(string date, string? dayPhrase) => dayPhrase is null ? $"Hạn nộp: {date}" : $"Hạn nộp: {date} ({dayPhrase})";

    public static string Recipient(string recipient) => $"Gửi về: {recipient}";

    public const string ReportReplyPrompt = "Khi đã nộp, anh/chị bấm \"Đã nộp báo cáo\" hoặc trả lời \"đã nộp báo cáo\".";
    public const string ReportSubmitted = "Đã nộp báo cáo";

    // Overdue list
    public static string OverdueHeading(string? totalText) => "DANH SÁCH QUÁ HẠN" + (totalText is null ? string.Empty : ": " + totalText);

    public static string AsOf(string? scope, string? asOf) => (scope, asOf) switch
    {
        (not null, not null) => $"{scope}, tính đến {asOf}",
        (not null, null) => scope,
        (null, not null) => $"Tính đến {asOf}",
        _ => string.Empty,
    };

    public const string NoOverdue = "Không có nhiệm vụ nào quá hạn.";

    public static string Nudge(string name) => "Nhắc " + name;

    public const string Previous = "Trang trước";
    public const string Next = "Trang sau";
    public const string OverdueReplyPrompt = "Trả lời \"nhắc <tên người>\" để nhắc, hoặc \"trang sau\" để xem tiếp.";

    // Status updated
    public static string Status(string status) => $"Trạng thái: {status}";

    public static string Progress(string progress) => $"Tiến độ: {progress}";

    public static string Note(string note) => $"Ghi chú: {note}";

    public static string By(string? by, string? at) => (by, at) switch
    {
        (not null, not null) => $"Cập nhật bởi {by} lúc {at}",
        (not null, null) => $"Cập nhật bởi {by}",
        (null, not null) => $"Cập nhật lúc {at}",
        _ => string.Empty,
    };

    // Announcement
    /// <summary>"THÔNG BÁO: title", or just "THÔNG BÁO" (KHẨN when urgent) for an announcement without a title.</summary>
    public static string AnnouncementHeading(string? title, bool urgent) =>
        (urgent ? "THÔNG BÁO KHẨN" : "THÔNG BÁO") + (string.IsNullOrWhiteSpace(title) ? string.Empty : ": " + title);

    public static string Sender(string? sender, string? at) => (sender, at) switch
    {
        (not null, not null) => $"Người gửi: {sender}, {at}",
        (not null, null) => $"Người gửi: {sender}",
        (null, not null) => $"Gửi lúc {at}",
        _ => string.Empty,
    };

    public const string Read = "Đã đọc";
    public const string OpenLink = "Mở liên kết";
    public const string AnnouncementReplyPrompt = "Anh/chị vui lòng bấm \"Đã đọc\" hoặc trả lời \"đã đọc\" để xác nhận.";

    // Plan change
    public static string PlanChangeHeading(string planCode, int? revision) =>
        revision is int r ? $"KẾ HOẠCH {planCode} THAY ĐỔI (lần {r})" : $"KẾ HOẠCH {planCode} THAY ĐỔI";

    public static string Change(string taskRef, string what, string? line) => line is null ? $"{Bullet}NV {taskRef} – {what}" : $"{Bullet}NV {taskRef} – {what}: {line}";

    public const string Understood = "Đã nắm thông tin";

    public static string PastDueHeading(string planCode) => $"KẾ HOẠCH {planCode}: CÁC MỤC ĐÃ QUÁ HẠN TRƯỚC KHI NẠP";

    public static string PastDueSubmitted(string label) => $"Đã nộp: {label}";

    public static string PastDueChase(string label) => $"Nhắc tiếp: {label}";
    public const string PlanChangeReplyPrompt = "Anh/chị vui lòng bấm \"Đã nắm thông tin\" hoặc trả lời tin này nếu có vướng mắc.";

    // Task choice
    public const string WhichTask = "Anh/chị đang nói về nhiệm vụ nào?";

    public static string Quote(string message) => $"(\"{message}\")";

    public static string Choose(string taskRef) => "Nhiệm vụ " + taskRef;

    public const string TypeTheRef = "Hoặc trả lời kèm số hiệu, ví dụ \"xong nv 2.a\".";

    // Welcome
    public const string NotLinkedHelp = "Tài khoản Zalo này chưa được liên kết. Anh/chị hãy chia sẻ số điện thoại (đúng số trong kế hoạch) hoặc gửi mã liên kết do đầu mối cấp, ví dụ:";
    public const string TryThese = "Anh/chị có thể nhắn:";

    public static string Example(string say, string does) => $"{Bullet}\"{say}\": {does}";

    public const string Guide = "Xem hướng dẫn";

    // Linking by phone
    public const string ShareInfoTitle = "Liên kết tài khoản ReformBot";
    public const string ShareInfoSubtitle = "Chia sẻ số điện thoại để nhận nhắc việc cải cách hành chính qua Zalo.";

    public const string PhoneNotFound = "Số điện thoại này chưa có trong kế hoạch nào. Anh/chị hãy gửi mã liên kết do đầu mối cấp, ví dụ \"liên kết 482913\".";

    public const string PhoneAmbiguous = "Số điện thoại này thuộc nhiều người trong kế hoạch; anh/chị hãy gửi mã liên kết do đầu mối cấp.";

    public const string AlreadyLinkedElsewhere = "Tài khoản Zalo này đã được liên kết với người khác; anh/chị hãy liên hệ đầu mối.";
}
