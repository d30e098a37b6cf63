using System.Globalization;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>The wording of overdue, due-soon, progress and missing-report answers, in one place for review.</summary>
internal static class OverviewTexts
{
    public const string NotAllowed =
        "Danh sách quá hạn, tiến độ và báo cáo của đơn vị dành cho thủ trưởng đơn vị và đầu mối theo dõi kế hoạch. Anh/chị có thể hỏi về nhiệm vụ của mình, ví dụ \"nv 2.a tới đâu rồi\".";

    public static string UnknownUnit(string unit) => $"Không tìm thấy đơn vị \"{unit}\" trong các kế hoạch anh/chị theo dõi.";

    public static string OutsideScope(string unit) => $"{unit} không thuộc đơn vị anh/chị phụ trách nên ReformBot không hiển thị được.";

    private static string Of(string? scope) => scope is null ? string.Empty : $" của {scope}";

    public static string NoOverdue(string? scope) => $"Không có nhiệm vụ quá hạn nào{Of(scope)}. 👍";

    public static string Overdue(int count, string? scope, int page, int pages) =>
        $"Có {count} nhiệm vụ quá hạn{Of(scope)}, việc mất nhiều điểm nhất ở trên cùng" + (pages > 1 ? $" (trang {page}/{pages})." : ".");

    public static string DueSoonLine(string taskRef, string title, DateOnly due, DateOnly today, IReadOnlyList<string> assignees) =>
        $"• **{taskRef}** {title} — hạn {CardTexts.Date(due)} ({DueDatePhrases.Describe(due, today)}) — {string.Join(", ", assignees)}";

    public static string DueSoon(IReadOnlyList<string> lines, string? scope) => lines.Count == 0
        ? $"Không có nhiệm vụ nào{Of(scope)} đến hạn trong {UnitOverview.DueSoonDays} ngày tới."
        : $"Nhiệm vụ{Of(scope)} đến hạn trong {UnitOverview.DueSoonDays} ngày tới:\n\n" + string.Join("\n\n", lines);

    public static string Summary(
        string? scope, ReformIndex? index, int total, IReadOnlyDictionary<TaskState, int> byState, int overdue, IReadOnlyList<(ReformIndex? Index, int Done, int Total)> byIndex)
    {
        if (total == 0)
        {
            return $"Chưa có nhiệm vụ nào{Of(scope)}{(index is { } i ? $" thuộc {CardTexts.Index(i)}" : string.Empty)}.";
        }

        var lines = new List<string>
        {
            $"Tiến độ{Of(scope)}{(index is { } ix ? $" — {CardTexts.Index(ix)}" : string.Empty)}: {total} nhiệm vụ.",
            string.Join(", ", new[] { TaskState.Done, TaskState.InProgress, TaskState.Blocked, TaskState.Open }
                .Select(s => $"{CardTexts.Status(s)}: {byState.GetValueOrDefault(s)}")) + $"; quá hạn: {overdue}.",
        };
        if (index is null && byIndex.Count > 1)
        {
            lines.AddRange(byIndex.Select(g => $"• {(g.Index is { } gi ? CardTexts.Index(gi) : "Khác")}: hoàn thành {g.Done}/{g.Total}"));
        }

        return string.Join("\n\n", lines);
    }

    public static string MissingReportLine(string title, string period, DateOnly due, DateOnly today, IReadOnlyList<string> units) =>
        units.Count == 0
            ? $"• {title} — {period}: các đơn vị đã nộp đủ."
            : $"• {title} — {period} (hạn {CardTexts.Date(due)}, {DueDatePhrases.Describe(due, today)}): chưa nộp {units.Count.ToString(CultureInfo.InvariantCulture)} đơn vị — {string.Join(", ", units)}";

    public static string MissingReports(IReadOnlyList<string> lines, string? scope) => lines.Count == 0
        ? $"Kế hoạch{Of(scope)} không có lịch báo cáo."
        : $"Tình hình nộp báo cáo{Of(scope)}:\n\n" + string.Join("\n\n", lines);
}
