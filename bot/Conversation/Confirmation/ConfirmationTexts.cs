using System.Globalization;
using ReformBot.Cards;
using ReformBot.Conversation.Recognition;
using ReformBot.Plans;

namespace ReformBot.Conversation.Confirmation;

/// <summary>What the bot says when it asks before acting, and around "Đúng", "Không phải" and "Hoàn tác".</summary>
public static class ConfirmationTexts
{
    public const string Expired = "Câu hỏi này đã hết hạn hoặc đã được trả lời, bot không thay đổi gì. Anh/chị vui lòng nhắn lại.";

    public const string Cancelled = "Đã bỏ qua, bot không thay đổi gì. Anh/chị nhắn lại rõ hơn, ví dụ \"đã xong nv 2.a\" hoặc \"nv 2.a được 70%\".";

    public const string UndoExpired = "Nút hoàn tác đã hết hạn hoặc đã được dùng, bot không thay đổi gì.";

    public const string UndoNote = "Hoàn tác";

    public static string Question(RecognizedIntent recognized)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        var s = recognized.Slots;
        var task = s.TaskRef is null ? "nhiệm vụ" : "nhiệm vụ " + s.TaskRef;
        var date = s.Date is { } d ? " đến " + CardTexts.Date(d) : string.Empty;
        return recognized.Intent switch
        {
            IntentKind.Done => $"Anh/chị báo {task} đã hoàn thành?",
            IntentKind.Progress => $"Anh/chị báo {task} đang thực hiện" + (s.Percent is { } p ? $", được {p.ToString(CultureInfo.InvariantCulture)}%?" : "?"),
            IntentKind.Blocked => $"Anh/chị báo {task} đang vướng mắc" + (s.Reason is { } r ? $": {CardTexts.Shorten(r, 200)}?" : "?"),
            IntentKind.Extension => $"Anh/chị xin gia hạn {task}{date}?",
            IntentKind.Snooze => "Anh/chị muốn bot nhắc lại sau?",
            IntentKind.ReportSubmitted => "Anh/chị báo đơn vị đã nộp báo cáo?",
            IntentKind.Evidence => $"Anh/chị gửi minh chứng cho {task}?",
            IntentKind.Nudge => s.Officer is null ? "Anh/chị muốn bot nhắc người phụ trách?" : $"Anh/chị muốn bot nhắc {s.Officer}?",
            IntentKind.Broadcast => "Anh/chị muốn gửi thông báo này?",
            IntentKind.ApproveExtension => $"Anh/chị đồng ý gia hạn {task}{date}?",
            IntentKind.RejectExtension => $"Anh/chị không đồng ý gia hạn {task}?",
            IntentKind.AwayEnd => "Anh/chị đã đi làm lại, bot nhắc việc như thường?",
            _ => "Anh/chị muốn bot thực hiện yêu cầu này?",
        };
    }

    public static string Undone(string taskRef, TaskState state, int progress) =>
        $"Đã hoàn tác: nhiệm vụ {taskRef} trở lại \"{CardTexts.Status(state)}\", tiến độ {CardTexts.Percent(progress)}.";

    public static string ReportUndone(IReadOnlyList<string> reports) =>
        "Đã hoàn tác: bot không còn ghi nhận đơn vị đã nộp " + string.Join("; ", reports) + ".";

    public static string UndoOffer(TimeSpan validFor) =>
        $"Nếu bot hiểu sai, bấm \"{CardTexts.Undo}\" trong {Math.Max(1, (int)validFor.TotalMinutes).ToString(CultureInfo.InvariantCulture)} phút.";
}
