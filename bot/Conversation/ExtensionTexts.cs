using System.Globalization;

namespace ReformBot.Conversation;

/// <summary>What the bot says about extension requests, in one place for review.</summary>
public static class ExtensionTexts
{
    public static string For(ExtensionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var task = $"nhiệm vụ {result.TaskRef}";
        return result.Outcome switch
        {
            ExtensionOutcome.Requested =>
                $"Đã gửi đề nghị gia hạn {task} đến ngày {D(result.Date)} (hạn hiện tại {D(result.Deadline)}). Đầu mối theo dõi sẽ xem xét và phản hồi.",
            ExtensionOutcome.Replaced =>
                $"Đã cập nhật đề nghị gia hạn {task} thành ngày {D(result.Date)}; đề nghị trước đó được thay thế.",
            ExtensionOutcome.Approved =>
                $"Đã đồng ý gia hạn {task} đến ngày {D(result.Date)} (hạn cũ {D(result.Deadline)}).",
            ExtensionOutcome.Rejected =>
                $"Đã từ chối đề nghị gia hạn {task}. Hạn vẫn là ngày {D(result.Deadline)}." + (result.Note is { Length: > 0 } n ? $" Ghi chú: {n}" : string.Empty),
            ExtensionOutcome.TaskNotFound =>
                $"Không tìm thấy {task} trong kế hoạch {result.PlanCode}. Không có gì được thay đổi.",
            ExtensionOutcome.NotAssigned =>
                $"Anh/chị không được giao {task} nên không thể xin gia hạn. Không có gì được thay đổi.",
            ExtensionOutcome.TaskCancelled =>
                $"{Capitalized(task)} đã bị hủy khỏi kế hoạch. Không có gì được thay đổi.",
            ExtensionOutcome.NoDeadline =>
                $"{Capitalized(task)} là nhiệm vụ thường xuyên, không có hạn để gia hạn. Không có gì được thay đổi.",
            ExtensionOutcome.DateNotAfterDeadline =>
                $"Ngày gia hạn phải sau hạn hiện tại ({D(result.Deadline)}). Không có gì được thay đổi.",
            ExtensionOutcome.NotCoordinator =>
                $"Chỉ đầu mối theo dõi kế hoạch {result.PlanCode} mới được quyết định gia hạn. Không có gì được thay đổi.",
            ExtensionOutcome.NoPendingRequest =>
                $"{Capitalized(task)} không có đề nghị gia hạn nào đang chờ. Không có gì được thay đổi.",
            ExtensionOutcome.AlreadyDecided =>
                $"Đề nghị gia hạn {task} đã được {result.DecidedBy ?? "đầu mối theo dõi"} {(result.Approved ? "đồng ý" : "từ chối")} lúc {At(result.DecidedAt)}. Không có gì được thay đổi.",
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "Unknown extension outcome."),
        };
    }

    private static string At(DateTimeOffset? at) => at is { } moment
        ? Calendar.VietnamTime.ToLocal(moment).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)
        : "?";

    private static string D(DateOnly? date) => date?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "?";

    private static string Capitalized(string text) => char.ToUpper(text[0], CultureInfo.GetCultureInfo("vi-VN")) + text[1..];
}
