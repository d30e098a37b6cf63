using System.Globalization;
using System.Text.RegularExpressions;
using ReformBot.Cards;
using ReformBot.PlanDrafts;
using ReformBot.Plans;

namespace ReformBot.PlanChat;

/// <summary>Everything the bot says about plan files sent in chat.</summary>
internal static partial class PlanChatTexts
{
    private const string NothingStored = "Chưa có gì được lưu.";

    public const string Expected =
        "Hãy gửi phụ lục kế hoạch dạng Word (.docx) hoặc Excel (.xlsx), có bảng nhiệm vụ với dòng tiêu đề như “STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời hạn”.";

    public const string NotCoordinator =
        "Tệp này là một kế hoạch, nhưng chỉ điều phối viên kế hoạch mới nạp được kế hoạch qua bot. Anh/chị vui lòng chuyển tệp cho điều phối viên (thường là Phòng Nội vụ) để nạp. " + NothingStored;

    public const string Unavailable = "Bot chưa tải được tệp anh/chị gửi. Anh/chị vui lòng gửi lại tệp sau ít phút. " + NothingStored;

    public const string Expired = "Bản nháp này đã hết hạn hoặc đã được xử lý. Nếu cần, anh/chị gửi lại tệp kế hoạch để xem bản nháp mới.";

    public const string AlreadyLoaded = "Bản nháp này đã được nạp rồi; bot không nạp lại lần nữa.";

    public const string Cancelled = "Đã huỷ bản nháp. " + NothingStored;

    public const string Concurrent = "Kế hoạch vừa được nạp từ nơi khác cùng lúc. Anh/chị vui lòng gửi lại tệp để xem bản nháp mới. " + NothingStored;

    public const string NoWarnings = "Bản nháp này không có cảnh báo nào.";

    public static string NotCoordinatorOf(string code) =>
        $"Anh/chị không phải điều phối viên của kế hoạch {code}, nên không nạp được bản điều chỉnh này. Anh/chị vui lòng chuyển tệp cho điều phối viên của kế hoạch. {NothingStored}";

    public static string TooLarge(int limitBytes) =>
        $"Tệp lớn hơn {(limitBytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture).Replace('.', ',')} MB, quá giới hạn của tệp kế hoạch. {Expected} {NothingStored}";

    /// <summary>Why the file cannot be drafted, by the reason's code, and what was expected instead.</summary>
    public static string Problem(string fileName, DraftFileProblem problem) => problem.Code switch
    {
        "pdf" => $"Tệp “{fileName}” là PDF: bot không đọc được PDF (kể cả bản scan có chữ ký). {Expected} {NothingStored}",
        "old-format" => $"Tệp “{fileName}” là Word/Excel định dạng cũ (.doc, .xls). Anh/chị mở tệp, chọn Lưu thành .docx hoặc .xlsx rồi gửi lại. {NothingStored}",
        "encrypted" => $"Tệp “{fileName}” đang đặt mật khẩu. Anh/chị bỏ mật khẩu (Tệp → Thông tin → Bảo vệ) rồi gửi lại. {NothingStored}",
        "macro" => $"Tệp “{fileName}” có macro (.docm, .xlsm) nên không được nhận. Anh/chị lưu thành .docx hoặc .xlsx không có macro rồi gửi lại. {NothingStored}",
        "corrupted" => $"Tệp “{fileName}” bị hỏng, không đọc được. Anh/chị mở bằng Word hoặc Excel, lưu lại rồi gửi tệp mới. {NothingStored}",
        "too-large" => $"Tệp “{fileName}” khi giải nén quá lớn, không phải một phụ lục thông thường. {Expected} {NothingStored}",
        "no-task-table" => $"Không tìm thấy bảng nhiệm vụ trong tệp “{fileName}”. {Expected} {NothingStored}",
        _ => $"Tệp “{fileName}” không phải tệp kế hoạch (ảnh, PDF hay tệp khác đều không đọc được). {Expected} {NothingStored}",
    };

    public static string Invalid(string fileName, IReadOnlyList<PlanFileError> errors, PlanFile? plan) =>
        $"Bản nháp từ tệp “{fileName}” chưa nạp được vì còn {errors.Count} lỗi:\n"
        + string.Join('\n', errors.Take(10).Select(e => "• " + PlanErrorTexts.Line(e, plan)))
        + (errors.Count > 10 ? $"\n… và {errors.Count - 10} lỗi khác." : string.Empty)
        + $"\nAnh/chị sửa tệp rồi gửi lại. {NothingStored}";

    public static string Unchanged(string code, int revision) =>
        $"Tệp này giống hệt kế hoạch {code} đang lưu (lần {revision}): không có gì thay đổi, không cần nạp. {NothingStored}";

    public static string HeadingNew(string code) => $"Bản nháp kế hoạch {code}";

    public static string HeadingRevision(string code, int nextRevision) => $"Kế hoạch {code} · điều chỉnh lần {nextRevision}";

    public static string Summary(int tasks, int units) => $"{tasks} nhiệm vụ · {units} đơn vị";

    public static string Field(string? field, int tasks) => $"{(string.IsNullOrWhiteSpace(field) ? "Chưa ghi lĩnh vực" : field)}: {tasks} nhiệm vụ";

    public static string Units(IReadOnlyList<string> names, int shown) => names.Count <= shown
        ? $"Đơn vị: {string.Join(", ", names)}."
        : $"Đơn vị: {string.Join(", ", names.Take(shown))} và {names.Count - shown} đơn vị khác.";

    public static string WarningsHeading(int count) => $"{count} cảnh báo cần xem trước khi nạp:";

    public static string ChangesHeading(int storedRevision) => $"So với lần {storedRevision} đang lưu:";

    public static string Preview(string heading, int warnings) => warnings == 0
        ? $"{heading}: bấm “{CardTexts.PlanLoad}” để nạp hoặc “{CardTexts.PlanCancel}”."
        : $"{heading}: {warnings} cảnh báo. Bấm “{CardTexts.PlanLoad}” để nạp hoặc “{CardTexts.PlanCancel}”.";

    // The warnings workbook ("Xem tất cả cảnh báo")
    public const string WarningsSheet = "Cảnh báo";

    public static readonly IReadOnlyList<(string Header, double Width)> WarningColumns =
    [
        ("Bảng / trang tính", 16), ("Dòng", 7), ("Cột", 22), ("Nội dung ô", 40), ("Vấn đề", 60), ("Tên gần nhất trong danh bạ", 40),
    ];

    public static string WarningsTitle(string code, int count) => $"CẢNH BÁO CỦA BẢN NHÁP KẾ HOẠCH {code} ({count} cảnh báo)";

    public static string WarningsFileName(string code) => "canh-bao-" + string.Concat(code.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-') + ".xlsx";

    public static string WarningsReady(string fileName, int count, string url, string lifetime) =>
        $"Đã lập tệp **{fileName}** gồm {count} cảnh báo của bản nháp (bảng, dòng, cột, nội dung ô và cách sửa). Tải về tại: {url} (liên kết dùng được trong {lifetime}).";

    public const string WarningsOfLoadedDraft = "Bản nháp này đã được nạp, nên bot không lập lại tệp cảnh báo của nó. Nếu cần, anh/chị gửi lại tệp kế hoạch để xem bản nháp mới.";

    public static string Loaded(string code, int revision, bool created, int changes) => created
        ? $"Đã nạp kế hoạch {code}. Bot bắt đầu nhắc việc theo kế hoạch này."
        : $"Đã nạp kế hoạch {code} (điều chỉnh lần {revision}, {changes} thay đổi). Người có nhiệm vụ thay đổi sẽ được báo trong tin nhắc việc tới.";

    public static string Rejected(string code, IReadOnlyList<PlanFileError> errors, PlanFile? plan) =>
        $"Kế hoạch {code} chưa nạp được:\n" + string.Join('\n', errors.Take(10).Select(e => "• " + PlanErrorTexts.Line(e, plan))) + $"\n{NothingStored}";

    /// <summary>A warning where the coordinator finds it: "Bảng 1, dòng 7, cột 5 (Phối hợp thực hiện): …".</summary>
    public static string Warning(DraftWarning warning, PlanFile? plan)
    {
        var what = Problem(warning);
        var place = warning.Code == "plan-rule" ? PlanErrorTexts.Place(warning.Cell, plan) : Place(warning);
        return place.Length == 0 ? Capital(what) : $"{place}: {what}";
    }

    /// <summary>What is wrong and what the bot did about it, in Vietnamese, without the place.</summary>
    public static string Problem(DraftWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var quoted = Quoted().Match(warning.Message) is { Success: true } m ? m.Groups[1].Value : null;
        return warning.Code switch
        {
            "unit-not-found" => $"không có đơn vị “{quoted}” trong danh bạ; tạm ghi là đơn vị mới"
                + (warning.Suggestions.Count > 0 ? $" (gần nhất: {string.Join(", ", warning.Suggestions.Take(3))})" : string.Empty) + ".",
            "deadline-not-understood" => $"không hiểu thời hạn “{quoted}”; tạm dùng ngày cuối năm. Hãy ghi ví dụ “Xong trước 30/11/2024”, “Thường xuyên”, “Quý III/2024”.",
            "assignee-unknown" => $"không có cán bộ “{quoted}” trong danh bạ; tạm giao cho lãnh đạo đơn vị chủ trì.",
            "duplicate-ref" => $"số thứ tự “{quoted}” bị trùng; dòng này tạm đánh số khác.",
            "no-lead" => "không ghi cơ quan chủ trì; tạm giao cho cơ quan ban hành kế hoạch.",
            "score-not-understood" => "không hiểu điểm; hãy ghi dạng “0,40/0,50”.",
            "plan-rule" => PlanErrorTexts.Message(warning.Message),
            _ => "ô này cần xem lại trước khi nạp.",
        };
    }

    /// <summary>The table as the coordinator names it: "Bảng 1", "Trang tính “Phụ lục”".</summary>
    public static string Table(string table) =>
        SheetName().Match(table) is { Success: true } sheet ? $"Trang tính “{sheet.Groups[1].Value}”"
        : TableNumber().Match(table) is { Success: true } t ? $"Bảng {t.Groups[1].Value}"
        : table;

    /// <summary>One line per change of a revision: "+ Thêm nhiệm vụ 2.d", "− Bỏ …", "~ Nhiệm vụ 2.a: Thời hạn 30/11/2024 → 15/12/2024".</summary>
    public static IReadOnlyList<string> Changes(PlanDiff diff) =>
    [
        .. diff.Plan.Select(c => $"~ Kế hoạch: {Change(c)}"),
        .. Changes("nhiệm vụ", diff.Tasks),
        .. Changes("đơn vị", diff.Units),
        .. Changes("cán bộ", diff.Officers),
        .. Changes("báo cáo", diff.Reports),
    ];

    private static IEnumerable<string> Changes(string noun, EntityChanges changes) =>
    [
        .. changes.Added.Select(k => $"+ Thêm {noun} {k}"),
        .. changes.Removed.Select(k => $"− Bỏ {noun} {k}"),
        .. changes.Changed.SelectMany(e => e.Changes.Select(c => $"~ {Capital(noun)} {e.Key}: {Change(c)}")),
    ];

    private static string Change(FieldChange change) => change.Added is not null || change.Removed is not null
        ? $"{FieldName(change.Field)} thêm [{string.Join(", ", (change.Added ?? []).Select(v => Value(change.Field, v)))}], bỏ [{string.Join(", ", (change.Removed ?? []).Select(v => Value(change.Field, v)))}]"
        : $"{FieldName(change.Field)} {(change.Old is null ? "(trống)" : Value(change.Field, change.Old))} → {(change.New is null ? "(trống)" : Value(change.Field, change.New))}";

    /// <summary>The name of a changed field of a plan, task, unit, officer or report, as the coordinator knows it.</summary>
    private static string FieldName(string field) => field switch
    {
        "code" => "Số kế hoạch",
        "issuer" => "Cơ quan ban hành",
        "issuedOn" => "Ngày ban hành",
        "year" => "Năm",
        "indices" => "Các chỉ số",
        "coordinator" => "Đơn vị điều phối",
        "targets" => "Mục tiêu",
        "name" => "Tên",
        "parent" => "Đơn vị cấp trên",
        "unit" => "Đơn vị",
        "roles" => "Vai trò",
        "email" => "E-mail",
        "phone" => "Điện thoại",
        "accounts" => "Tài khoản chat",
        "field" => "Lĩnh vực",
        "index" => "Chỉ số",
        "cadence" => "Kỳ báo cáo",
        "dueDay" => "Ngày nộp",
        "dueMonths" or "dueMonth" => "Tháng nộp",
        "window" => "Kỳ số liệu",
        "submitters" => "Đơn vị nộp",
        "recipient" => "Nơi nhận",
        _ => CardTexts.Field(field),
    };

    /// <summary>
    /// A value of a change list (the plan file's words, <c>PlanDiffer</c>'s English) in Vietnamese: dates dd/MM/yyyy,
    /// "year 2024, check-in monthly" → "cả năm 2024, nhắc hằng tháng", true → có, scores with the decimal comma.
    /// </summary>
    private static string Value(string field, string value)
    {
        var dated = IsoDate().Replace(value, m => $"{m.Groups[3].Value}/{m.Groups[2].Value}/{m.Groups[1].Value}");
        return field switch
        {
            "deadline" => dated.Replace("ongoing until", "thường xuyên, xong trước", StringComparison.Ordinal)
                .Replace("ongoing", "thường xuyên", StringComparison.Ordinal)
                .Replace("year ", "cả năm ", StringComparison.Ordinal)
                .Replace("check-in weekly", "nhắc hằng tuần", StringComparison.Ordinal)
                .Replace("check-in monthly", "nhắc hằng tháng", StringComparison.Ordinal)
                .Replace("check-in quarterly", "nhắc hằng quý", StringComparison.Ordinal)
                .Replace("check-in none", "không nhắc", StringComparison.Ordinal),
            "evidenceRequired" => value == "true" ? "có" : "không",
            "score" => value.Replace('.', ','),
            "index" or "indices" => value.Replace('_', ' '),
            "roles" => value switch { "officer" => "cán bộ", "unitHead" => "thủ trưởng đơn vị", "coordinator" => "điều phối viên", _ => value },
            "cadence" => value switch { "monthly" => "hằng tháng", "quarterly" => "hằng quý", "yearly" => "hằng năm", _ => value },
            "window" => value switch
            {
                "previous-month" => "tháng trước",
                "15-to-14" => "từ ngày 15 đến ngày 14",
                "reporting-year-to-date" => "từ đầu năm báo cáo",
                "calendar-year-to-date" => "từ đầu năm",
                "none" => "không",
                _ => value,
            },
            _ => dated,
        };
    }

    /// <summary>A column with where it is: "Phối hợp thực hiện (cột 5)", "Thời hạn (ô E7)".</summary>
    public static string Column(DraftWarning warning)
    {
        ArgumentNullException.ThrowIfNull(warning);
        var at = RowColumn().Match(warning.Cell) is { Success: true } rc ? $"cột {rc.Groups[2].Value}"
            : warning.Cell.Length > 0 && !RowOnly().IsMatch(warning.Cell) ? $"ô {warning.Cell}"
            : string.Empty;
        return at.Length == 0 ? warning.Column : warning.Column.Length == 0 ? at : $"{warning.Column} ({at})";
    }

    private static string Place(DraftWarning warning)
    {
        var table = Table(warning.Table);
        var cell = RowColumn().Match(warning.Cell) is { Success: true } rc ? $"dòng {rc.Groups[1].Value}, cột {rc.Groups[2].Value}"
            : RowOnly().Match(warning.Cell) is { Success: true } r ? $"dòng {r.Groups[1].Value}"
            : warning.Cell.Length > 0 ? $"ô {warning.Cell}"
            : string.Empty;
        var column = warning.Column.Length > 0 ? $" ({warning.Column})" : string.Empty;
        return string.Join(", ", new[] { table, cell }.Where(s => s.Length > 0)) + (table.Length + cell.Length > 0 ? column : string.Empty);
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    [GeneratedRegex("\"([^\"]*)\"")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex IsoDate();

    [GeneratedRegex("^sheet '(.*)'$")]
    private static partial Regex SheetName();

    [GeneratedRegex("^table (\\d+)$")]
    private static partial Regex TableNumber();

    [GeneratedRegex("^row (\\d+), column (\\d+)$")]
    private static partial Regex RowColumn();

    [GeneratedRegex("^row (\\d+)$")]
    private static partial Regex RowOnly();
}
