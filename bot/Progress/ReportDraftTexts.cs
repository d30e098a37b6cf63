using System.Globalization;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Progress;

/// <summary>The sentences of the periodic report draft, as a coordinator would keep them; "[…]" marks what they must fill.</summary>
internal static class ReportDraftTexts
{
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    public const string Motto = "Độc lập - Tự do - Hạnh phúc";
    public const string Superior = "[TÊN CƠ QUAN CHỦ QUẢN]";
    public const string Number = "Số: […]/BC-[…]";
    public const string PlaceAndDate = "[…], ngày […] tháng […] năm […]";
    public const string Kind = "BÁO CÁO";
    public const string Results = "I. KẾT QUẢ THỰC HIỆN";
    public const string OverallHeading = "1. Kết quả chung";
    public const string ByField = "2. Kết quả theo lĩnh vực";
    public const string ByIndex = "3. Kết quả theo bộ chỉ số";
    public const string Submissions = "4. Tình hình nộp báo cáo của các đơn vị";
    public const string Shortcomings = "II. TỒN TẠI, HẠN CHẾ";
    public const string NextTasks = "III. NHIỆM VỤ TRỌNG TÂM KỲ TỚI";
    public const string Proposals = "IV. ĐỀ XUẤT, KIẾN NGHỊ";
    public const string Appendix = "PHỤ LỤC";
    public const string Assessment = "Đánh giá chung: […]";
    public const string Causes = "Nguyên nhân: […]";
    public const string MoreProposals = "[Đề xuất, kiến nghị khác của đơn vị …]";
    public const string MoreTasks = "[Nhiệm vụ trọng tâm khác …]";
    public const string NoObstacles = "Trong kỳ, các đơn vị không báo cáo khó khăn, vướng mắc qua ReformBot. […]";
    public const string NoPending = "Không có đề nghị gia hạn nào đang chờ xem xét.";
    public const string Closing = "Trên đây là báo cáo kết quả thực hiện kế hoạch trong kỳ; kính trình […] xem xét, chỉ đạo./.";
    public const string Recipients = "Nơi nhận:\n- […];\n- Lưu: VT, […].";
    public const string Signer = "[CHỨC VỤ NGƯỜI KÝ]\n\n\n\n[Họ và tên]";

    public static readonly string[] AppendixHeaders = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Trạng thái", "Tiến độ", "Ghi chú"];

    public static string Subtitle(string reportTitle, string period) => $"{reportTitle} — {period}";

    public static string Window(DateOnly? start, DateOnly end) => start is { } s
        ? $"(Số liệu tính từ ngày {CardTexts.Date(s)} đến ngày {CardTexts.Date(end)})"
        : $"(Số liệu tính đến ngày {CardTexts.Date(end)})";

    public static string Intro(Plan plan, string? issuer, string? scope) =>
        $"Thực hiện Kế hoạch số {plan.Code}{(plan.IssuedOn is { } d ? " ngày " + CardTexts.Date(d) : string.Empty)} của {issuer ?? "[…]"} "
        + $"về {LowerFirst(plan.Title)}, {scope ?? "[tên đơn vị]"} báo cáo kết quả thực hiện như sau:";

    /// <summary>"Trong kỳ, các đơn vị đã hoàn thành 12/20 nhiệm vụ (60 %), …": the numbers the tests read back.</summary>
    public static string Overall(ProgressSnapshot s, int doneInWindow) =>
        $"Trong kỳ, các đơn vị đã hoàn thành {s.Counts.Done}/{s.Counts.Total} nhiệm vụ ({ProgressTexts.Percent(s.Counts.Done, s.Counts.Total)}), "
        + $"trong đó {doneInWindow} nhiệm vụ hoàn thành trong kỳ báo cáo; {s.CountOf(ProgressStatus.InProgress)} nhiệm vụ đang thực hiện; "
        + $"{s.CountOf(ProgressStatus.NotStarted)} nhiệm vụ chưa thực hiện; {s.CountOf(ProgressStatus.Overdue)} nhiệm vụ quá hạn; "
        + $"{s.CountOf(ProgressStatus.Extended)} nhiệm vụ đã được gia hạn.";

    public static string Field(string field, int done, int total, int overdue) =>
        $"{field}: hoàn thành {done}/{total} nhiệm vụ" + (overdue > 0 ? $", {overdue} nhiệm vụ quá hạn." : ".");

    public static string Index(ReformIndex? index, int done, int total, decimal atStake) =>
        $"{(index is { } i ? CardTexts.Index(i) : "Nhiệm vụ khác")}: hoàn thành {done}/{total} nhiệm vụ"
        + (atStake > 0 ? $"; các tiêu chí của nhiệm vụ chưa hoàn thành còn {CardTexts.Points(atStake)} điểm có thể đạt thêm." : ".");

    public static string SubmissionLine(int submitted, int owed, IReadOnlyList<string> missing) =>
        $"Kỳ này có {submitted}/{owed} đơn vị đã nộp báo cáo" + (missing.Count == 0 ? "." : $"; chưa nộp: {string.Join(", ", missing)}.");

    public static string Obstacle(string taskRef, string title, string obstacle) => $"Nhiệm vụ {taskRef} ({Short(title)}): {obstacle.TrimEnd('.')}.";

    public static string OverdueLine(int count, IEnumerable<string> refs) =>
        $"Còn {count} nhiệm vụ quá hạn chưa hoàn thành: {string.Join(", ", refs)}.";

    public static string NextIntro(string? period) => period is null
        ? "Trong kỳ tới, các đơn vị tập trung thực hiện các nhiệm vụ sau:"
        : $"Trong kỳ tới ({period}), các đơn vị tập trung thực hiện các nhiệm vụ sau:";

    public static string NextTask(ProgressTaskRow t) =>
        $"Nhiệm vụ {t.Ref}: {t.Title} ({t.Lead}; hạn {(t.DueDate is { } d ? CardTexts.Date(d) : t.DeadlineText)}).";

    public const string NoNextTasks = "Không có nhiệm vụ nào đến hạn trong kỳ tới; các đơn vị tiếp tục thực hiện các nhiệm vụ thường xuyên.";

    public static string OverdueFirst(int count) => $"Khẩn trương hoàn thành {count} nhiệm vụ đã quá hạn.";

    public static string Pending(ExtensionRow e) =>
        $"{e.Officer}{(e.Unit is null ? string.Empty : $" ({e.Unit})")} đề nghị gia hạn nhiệm vụ {e.TaskRef} đến ngày {CardTexts.Date(e.RequestedDate)}"
        + (string.IsNullOrWhiteSpace(e.Reason) ? "." : $", lý do: {e.Reason.TrimEnd('.')}.");

    public static string Note(ProgressTaskRow t) => t.IsOverdue
        ? $"Quá hạn {t.DaysOverdue} ngày" + (t.Obstacle is null ? string.Empty : "; " + t.Obstacle)
        : t.Obstacle ?? string.Empty;

    public static string Percent(int progress) => progress.ToString(CultureInfo.InvariantCulture) + "%";

    private static string Short(string title) => title.Length <= 80 ? title : title[..77].TrimEnd() + "…";

    private static string LowerFirst(string text) => text.Length == 0 ? text : char.ToLower(text[0], ProgressTexts.Vi) + text[1..];
}
