using ReformBot.Cards;

namespace ReformBot.Reminders;

/// <summary>Every Vietnamese sentence about items already overdue when a plan was loaded: the coordinators' list and the answers to its buttons.</summary>
internal static class PastDueTexts
{
    public static string Summary(DateOnly loadedOn, int count) =>
        $"Khi nạp kế hoạch ngày {CardTexts.Date(loadedOn)}, {count} mục đã quá hạn từ trước. Bot không nhắc các mục này (kể cả trong tin tổng hợp và tin báo lãnh đạo).";

    public const string Hint =
        "“Nhắc tiếp”: bot nhắc lại mục đó như thường. “Đã nộp”: ghi nhận đơn vị đã nộp báo cáo kỳ đó.";

    public static string More(int count) => $"Còn {count} mục khác không liệt kê ở đây; xem danh sách đầy đủ qua API quản trị.";

    public static string ReportHeading(string reportTitle, string periodLabel) => $"{reportTitle} — {periodLabel}";

    public static string ReportDetail(DateOnly due, int units) => $"Hạn nộp {CardTexts.Date(due)} · {units} đơn vị chưa nộp";

    public const string TasksHeading = "Nhiệm vụ";

    public static string TaskRow(string taskRef, string title, DateOnly due) => $"**{taskRef}** {CardTexts.Shorten(title, 120)} · hạn {CardTexts.Date(due)}";

    public static string Text(string planCode, string summary, IEnumerable<string> lines) =>
        $"Kế hoạch {planCode}: {summary}\n{string.Join('\n', lines)}\n{Hint}";

    public static string ReportLine(string heading, DateOnly due, IEnumerable<string> units) =>
        $"• {heading} (hạn {CardTexts.Date(due)}): {string.Join(", ", units)}";

    public static string TaskLine(string taskRef, string title, DateOnly due) =>
        $"• {CardTexts.TaskLabel(taskRef)}: {CardTexts.Shorten(title, 120)} (hạn {CardTexts.Date(due)})";

    public static string SubmitButton(string unitCode, string periodLabel) => $"Đã nộp: {unitCode}, {periodLabel}";

    public static string ChaseButton(string label) => $"Nhắc tiếp: {label}";

    // Answers to the buttons.
    public const string InvalidAction = "Nút này thiếu thông tin hoặc thông tin không hợp lệ; không có gì thay đổi.";

    public static string NoSuchPlan(string planCode) => $"Không tìm thấy kế hoạch {planCode}; không có gì thay đổi.";

    public static string NotCoordinator(string planCode) =>
        $"Chỉ đầu mối theo dõi của kế hoạch {planCode} mới thực hiện được thao tác này; không có gì thay đổi.";

    public static string NotInList(string planCode) =>
        $"Mục này không nằm trong danh sách việc đã quá hạn trước khi nạp kế hoạch {planCode}; không có gì thay đổi.";

    public const string TaskCannotBeSubmitted = "“Đã nộp” chỉ dùng cho báo cáo; với nhiệm vụ, người được giao báo “đã xong”. Không có gì thay đổi.";

    public static string AlreadyChased(string what) => $"Bot đã nhắc lại {what} từ trước; không có gì thay đổi.";

    public static string Chasing(string what) => $"Đã ghi nhận: bot sẽ nhắc lại {what} như thường từ lần nhắc tới.";

    public static string AlreadySubmitted(string what) => $"{Capitalized(what)} đã được ghi nhận là đã nộp từ trước; không có gì thay đổi.";

    public static string Submitted(string what) => $"Đã ghi nhận: {what} đã nộp.";

    public static string ReportWhat(string reportTitle, string periodLabel, string unitName) => $"báo cáo {periodLabel} ({reportTitle}) của {unitName}";

    public static string TaskWhat(string taskRef) => "nhiệm vụ " + taskRef;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
