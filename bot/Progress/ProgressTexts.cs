using System.Globalization;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Progress;

/// <summary>The words of the workbook, the report draft and the chat answers about them, in one place for review.</summary>
internal static class ProgressTexts
{
    public const string Placeholder = "[…]";

    public static string Status(ProgressStatus status) => status switch
    {
        ProgressStatus.Done => "Hoàn thành",
        ProgressStatus.InProgress => "Đang thực hiện",
        ProgressStatus.NotStarted => "Chưa thực hiện",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.Extended => "Đã gia hạn",
        _ => status.ToString(),
    };

    public static string Extension(ExtensionState state) => state switch
    {
        ExtensionState.Pending => "Chờ duyệt",
        ExtensionState.Approved => "Đồng ý",
        ExtensionState.Rejected => "Không đồng ý",
        ExtensionState.Superseded => "Thay bằng đề nghị sau",
        _ => state.ToString(),
    };

    // Workbook
    public const string SummarySheet = "Tổng hợp";
    public const string TasksSheet = "Nhiệm vụ";
    public const string UnitsSheet = "Đơn vị";
    public const string ReportsSheet = "Nộp báo cáo";
    public const string ExtensionsSheet = "Gia hạn";

    public static readonly string[] TaskHeaders =
    [
        "STT", "Lĩnh vực", "Tiêu chí", "Điểm hiện tại", "Điểm tối đa", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp",
        "Thời hạn (theo kế hoạch)", "Hạn theo quy định", "Trạng thái", "Tiến độ", "Tài liệu kiểm chứng", "Khó khăn, vướng mắc",
        "Cập nhật lần cuối", "Người cập nhật", "Số ngày quá hạn",
    ];

    public static readonly string[] UnitHeaders =
    [
        "Đơn vị", "Tổng số nhiệm vụ", "Hoàn thành", "Đang thực hiện", "Vướng mắc", "Chưa thực hiện", "Quá hạn", "Đã gia hạn", "Tỷ lệ hoàn thành",
    ];

    public static readonly string[] ReportHeaders =
    [
        "Báo cáo", "Kỳ báo cáo", "Hạn nộp", "Hạn theo quy định", "Đơn vị", "Ngày nộp", "Người nộp", "Trễ (ngày làm việc)",
    ];

    public static readonly string[] ExtensionHeaders =
    [
        "STT", "Nhiệm vụ", "Người đề nghị", "Đơn vị", "Ngày đề nghị", "Hạn cũ", "Đề nghị gia hạn đến", "Lý do", "Kết quả", "Gia hạn đến", "Người duyệt", "Ngày duyệt", "Ghi chú",
    ];

    public static string WorkbookTitle(string planCode, string? scope) => $"TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH {planCode}" + (scope is null ? string.Empty : $" — {scope.ToUpper(Vi)}");

    public static string AsOf(DateOnly at) => $"Số liệu tính đến hết ngày {CardTexts.Date(at)}";

    public const string SummaryTotal = "Tổng số nhiệm vụ";
    public const string SummaryRatio = "Tỷ lệ hoàn thành";
    public const string ChartTitle = "Tiến độ theo đơn vị";
    public const string ChartAxis = "Số nhiệm vụ";
    public const string NotSubmitted = "Chưa nộp";

    public static string ChartFileName => "tien-do.png";

    // Chat
    public const string NotAllowed =
        "Xuất báo cáo tiến độ và dự thảo báo cáo dành cho thủ trưởng đơn vị và đầu mối theo dõi kế hoạch. Anh/chị có thể hỏi về nhiệm vụ của mình, ví dụ \"nv 2.a tới đâu rồi\".";

    public static string WorkbookReady(string fileName, string url, TimeSpan lifetime) =>
        $"Đã lập bảng tiến độ **{fileName}**. Tải về tại: {url} (liên kết dùng được trong {Lifetime(lifetime)}).";

    public static string DraftReady(string fileName, string url, TimeSpan lifetime) =>
        $"Đã lập dự thảo báo cáo **{fileName}**; các chỗ đánh dấu {Placeholder} anh/chị cần điền thêm. Tải về tại: {url} (liên kết dùng được trong {Lifetime(lifetime)}).";

    public const string ConsentDescription = "Bảng tiến độ / dự thảo báo cáo do ReformBot lập";
    public const string FileDeclined = "Anh/chị đã không nhận tệp. Có thể tải bằng liên kết trong tin nhắn trước.";
    public const string FileExpired = "Liên kết của tệp đã hết hạn; anh/chị hãy yêu cầu xuất lại.";
    public const string FileUploadFailed = "Chưa gửi được tệp vào OneDrive của anh/chị; anh/chị hãy tải bằng liên kết trong tin nhắn trước.";

    public static string NoSuchReport(string? report) => report is null
        ? "Kế hoạch anh/chị theo dõi không có lịch báo cáo định kỳ nào để lập dự thảo."
        : $"Không tìm thấy kỳ báo cáo \"{report}\" trong kế hoạch anh/chị theo dõi. Ví dụ: \"dự thảo báo cáo quý 4\", \"dự thảo báo cáo tháng 11\".";

    public static string UnknownPlan(string code) => $"Không tìm thấy kế hoạch \"{code}\".";

    public const string SeveralPlans = "Anh/chị theo dõi nhiều kế hoạch; ReformBot lập báo cáo cho từng kế hoạch một, hãy ghi số kế hoạch, ví dụ \"xuất báo cáo tiến độ 104/KH-UBND\".";

    public static string Lifetime(TimeSpan lifetime) => lifetime.TotalHours >= 1 && lifetime.TotalMinutes % 60 == 0
        ? $"{(int)lifetime.TotalHours} giờ"
        : $"{(int)Math.Ceiling(lifetime.TotalMinutes)} phút";

    public static string Percent(int part, int whole) =>
        whole == 0 ? "0 %" : (Math.Round(100m * part / whole, 1)).ToString("0.#", Vi) + " %";

    public static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static string FileName(string planCode, string what, DateOnly at, string extension) =>
        $"{what}-{Slug(planCode)}-{at:yyyy-MM-dd}.{extension}";

    public static string Slug(string text) =>
        string.Concat(text.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
}
