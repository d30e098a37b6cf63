using System.Globalization;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>
/// Every Vietnamese word the card factories put into card data, in one place. Fixed labels (button titles, headings)
/// live in the templates in <c>cards/</c>, where the Adaptive Cards Designer can edit them.
/// </summary>
public static class CardTexts
{
    /// <summary>Vietnam's local time: UTC+7 all year (Asia/Ho_Chi_Minh has no daylight saving).</summary>
    public static readonly TimeSpan LocalOffset = TimeSpan.FromHours(7);

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>The value format of <c>Input.Date</c> and of dates in action data.</summary>
    public static string IsoDate(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment in local time, e.g. "08:30 ngày 23/11/2024".</summary>
    public static string Moment(DateTimeOffset at) =>
        at.ToOffset(LocalOffset).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Status(TaskState state) => state switch
    {
        TaskState.Open => "Chưa thực hiện",
        TaskState.InProgress => "Đang thực hiện",
        TaskState.Blocked => "Vướng mắc",
        TaskState.Done => "Đã hoàn thành",
        TaskState.Cancelled => "Đã hủy",
        _ => state.ToString(),
    };

    /// <summary>"còn N ngày", "hôm nay đến hạn" or "quá hạn N ngày" (see <see cref="DueDatePhrases"/>).</summary>
    public static string DayPhrase(DateOnly due, DateOnly today) => DueDatePhrases.Describe(due, today);

    /// <summary>
    /// The day phrase for a deadline as the plan writes it, when its legal end can be later (a last day on a weekend or
    /// holiday ends at the end of the next working day): nothing is overdue before the legal end.
    /// </summary>
    public static string DayPhrase(DateOnly due, DateOnly today, DateOnly? legalDue) =>
        DayPhrase(EffectiveDue(due, today, legalDue), today);

    /// <summary>The date the phrase counts from: the written date until it passes, then the legal end.</summary>
    public static DateOnly EffectiveDue(DateOnly due, DateOnly today, DateOnly? legalDue) =>
        today <= due || legalDue is not DateOnly legal || legal < due ? due : legal;

    public static string Days(int days) => $"{days} ngày";

    public static string SnoozeChoice(int days) => days == 1 ? "Ngày mai" : $"Sau {days} ngày";

    /// <summary>A number of points as Vietnamese write it: decimal comma, the plan's own precision ("0,40").</summary>
    public static string Points(decimal points) => points.ToString(CultureInfo.InvariantCulture).Replace('.', ',');

    public static string Score(Score score) => $"{Points(score.Current)}/{Points(score.Max)} điểm";

    public static string PointsAtStake(decimal points) => $"{Points(points)} điểm";

    public static string Percent(int progress) => progress.ToString(CultureInfo.InvariantCulture) + "%";

    public static string Index(ReformIndex index) => index switch
    {
        ReformIndex.ParIndex => "Chỉ số cải cách hành chính (PAR INDEX)",
        ReformIndex.Sipas => "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)",
        ReformIndex.Papi => "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)",
        ReformIndex.Pci => "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)",
        ReformIndex.Qd766 => "Bộ chỉ số phục vụ người dân, doanh nghiệp (QĐ 766/QĐ-TTg)",
        _ => index.ToString(),
    };

    /// <summary>The deadline as the plan writes it, or in the plan's words when it gave none.</summary>
    public static string Deadline(Deadline deadline, string? asWritten)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        if (!string.IsNullOrWhiteSpace(asWritten))
        {
            return asWritten;
        }

        return deadline.Kind switch
        {
            DeadlineKind.Date when deadline.Date is DateOnly d => "Xong trước " + Date(d),
            DeadlineKind.Ongoing when deadline.Until is DateOnly u => "Thường xuyên, xong trước " + Date(u),
            DeadlineKind.Year when deadline.Year is int y => "Cả năm " + y.ToString(CultureInfo.InvariantCulture),
            _ => "Thường xuyên",
        };
    }

    public static string TaskLabel(string taskRef) => "Nhiệm vụ " + taskRef;

    public const string ConfirmYes = "Đúng";

    public const string ConfirmNo = "Không phải";

    public const string Undo = "Hoàn tác";

    public const string PlanLoad = "Nạp kế hoạch";

    public const string PlanCancel = "Huỷ";

    public const string AllWarnings = "Xem tất cả cảnh báo";

    public static string MoreWarnings(int count) => $"… và {count} cảnh báo khác: bấm “{AllWarnings}” để nhận tệp Excel đủ các cảnh báo.";

    public static string Change<T>(T before, T after) => $"{before} → {after}";

    public static string Greeting(string? name) => string.IsNullOrWhiteSpace(name) ? "Xin chào anh/chị!" : $"Xin chào {name}!";

    public static string LinkCodeExample => "liên kết 482913";

    /// <summary>Example phrases for the welcome card, by role: (what to type, what it does).</summary>
    public static IReadOnlyList<(string Say, string Does)> Examples(IReadOnlyCollection<OfficerRole> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        List<(string, string)> examples =
        [
            ("đã xong nv 2.a", "báo hoàn thành nhiệm vụ"),
            ("đang làm, được 70%", "báo tiến độ"),
            ("vướng: chưa có kinh phí", "báo vướng mắc"),
            ("xin gia hạn đến 20/12", "xin gia hạn"),
            ("nhắc lại sau 2 ngày", "hoãn lời nhắc"),
            ("đã nộp báo cáo tháng 11", "báo đã nộp báo cáo"),
        ];
        if (roles.Contains(OfficerRole.UnitHead) || roles.Contains(OfficerRole.Coordinator))
        {
            examples.Add(("việc nào quá hạn?", "xem danh sách quá hạn"));
            examples.Add(("tiến độ", "xem tổng hợp tiến độ"));
            examples.Add(("ai chưa nộp báo cáo tháng?", "xem đơn vị chưa nộp báo cáo"));
        }

        if (roles.Contains(OfficerRole.Coordinator))
        {
            examples.Add(("thông báo: Họp giao ban CCHC lúc 14h thứ sáu", "gửi thông báo"));
            examples.Add(("đồng ý gia hạn nv 2.a đến 20/12", "duyệt gia hạn"));
        }

        examples.Add(("giúp", "xem hướng dẫn"));
        return examples;
    }

    public static string Urgent => "KHẨN";

    public static string Normal => "Thông thường";

    public static string PlanChangeKind(PlanChangeKind kind) => kind switch
    {
        Cards.PlanChangeKind.Added => "Nhiệm vụ mới",
        Cards.PlanChangeKind.Cancelled => "Nhiệm vụ bị hủy",
        _ => "Thay đổi",
    };

    /// <summary>The name of a changed task field (as the plan differ names it).</summary>
    public static string Field(string field) => field switch
    {
        "title" => "Nội dung",
        "deadline" or "deadlineText" => "Thời hạn",
        "assignees" => "Người thực hiện",
        "lead" => "Cơ quan chủ trì",
        "coordinating" => "Cơ quan phối hợp",
        "criterion" => "Tiêu chí",
        "score" => "Điểm",
        "target" => "Mục tiêu",
        "evidenceRequired" => "Yêu cầu minh chứng",
        _ => field,
    };

    public static string ChangeCount(int count) => $"{count} thay đổi liên quan đến anh/chị";

    public static string OverdueSummary(int tasks, decimal points) => $"{tasks} nhiệm vụ quá hạn · {PointsAtStake(points)} chưa đạt";

    /// <summary>One line under an overdue task: "Hạn 30/11/2024 · quá hạn 5 ngày · 0,10 điểm · Đang thực hiện".</summary>
    public static string OverdueDetail(DateOnly due, int daysOverdue, decimal pointsAtStake, TaskState state) => pointsAtStake > 0
        ? $"Hạn {Date(due)} · quá hạn {daysOverdue} ngày · {PointsAtStake(pointsAtStake)} · {Status(state)}"
        : $"Hạn {Date(due)} · quá hạn {daysOverdue} ngày · {Status(state)}";

    public static string OverdueTotal(int tasks, int officers) => $"{tasks} nhiệm vụ quá hạn của {officers} người";

    public static string MoreChanges(int count) => $"… và {count} thay đổi khác.";

    /// <summary>A line under a task on the "which task?" card: "104/KH-UBND · hạn 30/11/2024 · Đang thực hiện".</summary>
    public static string ChoiceDetail(string planCode, DateOnly? due, TaskState state) => due is DateOnly d
        ? $"{planCode} · hạn {Date(d)} · {Status(state)}"
        : $"{planCode} · {Status(state)}";

    public static string Page(int page, int pageCount) => $"Trang {page}/{pageCount}";

    public static string Nudge(string officerName) => "Nhắc " + officerName;

    public static string More(int count) => $"… và {count} nhiệm vụ khác: hãy ghi rõ số hiệu nhiệm vụ, ví dụ \"xong nv 2.a\".";

    public static string Window(DateOnly? start, DateOnly? end) =>
        start is DateOnly s && end is DateOnly e ? $"{Date(s)} – {Date(e)}" : string.Empty;

    /// <summary>Cuts a long text (a task's full wording) to about <paramref name="max"/> characters on a word boundary.</summary>
    public static string Shorten(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', max - 1);
        return string.Concat(text.AsSpan(0, cut > max / 2 ? cut : max - 1).TrimEnd(), "…");
    }

    public static string DigestHeading(DateOnly today) => $"Nhắc việc ngày {Date(today)}";

    public static string DigestIntro(int count) => $"Anh/chị có {count} việc cần chú ý:";

    public static string DigestMore(int count) => $"… và {count} việc khác: hỏi “việc sắp đến hạn” hoặc “việc nào quá hạn?” để xem đủ.";

    /// <summary>How to answer in words, with the person's own first task of the digest (not some other task's number).</summary>
    public static string DigestReplyHint(string taskRef) =>
        $"Trả lời ngay trong chat, ví dụ “xong nv {taskRef}”, “nv {taskRef} được 70%”, “xin gia hạn nv {taskRef} đến 20/12” hoặc “nhắc lại sau 2 ngày nv {taskRef}”.";

    public const string AnnouncementHeading = "Thông báo";

    /// <summary>"Thông báo: <paramref name="title"/>", or just "Thông báo" when there is no title (or it says the same).</summary>
    public static string Announcement(string? title) =>
        string.IsNullOrWhiteSpace(title) || string.Equals(title.Trim(), AnnouncementHeading, StringComparison.OrdinalIgnoreCase)
            ? AnnouncementHeading
            : $"{AnnouncementHeading}: {title.Trim()}";

    // Notification summaries: one short plain line per card, what Teams shows in the toast and the chat list.
    public const int MaxSummaryLength = 120;

    public static string Summary(string text) => Shorten(text.Replace('\n', ' ').Trim(), MaxSummaryLength);

    public static string TaskReminderSummary(string taskRef, string? dayPhrase) =>
        dayPhrase is null ? $"Nhắc việc: nhiệm vụ {taskRef}" : $"Nhắc việc: nhiệm vụ {taskRef} · {dayPhrase}";

    public static string ReportReminderSummary(string periodLabel, string dayPhrase) => $"Nhắc nộp báo cáo {periodLabel} · {dayPhrase}";

    public static string DigestSummary(DateOnly today, int count) => $"{DigestHeading(today)}: {count} việc cần chú ý";

    public static string AnnouncementSummary(string heading, bool urgent, string sender, string body) =>
        $"{(urgent ? Urgent + " · " : string.Empty)}{heading} — {sender}: {body}";

    public static string PlanChangeSummary(string planCode, int revision, int changes) =>
        $"Kế hoạch {planCode} được điều chỉnh (lần {revision}): {ChangeCount(changes)}";

    public static string PastDueSummary(string planCode, string summary) => $"Kế hoạch {planCode}: {summary}";

    public const string NoOverdue = "Không có nhiệm vụ nào quá hạn.";

    public const string WhichTaskSummary = "Anh/chị đang nói về nhiệm vụ nào?";
}
