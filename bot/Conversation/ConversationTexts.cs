using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>What the bot says in conversation (outside cards), in one place for review.</summary>
internal static class ConversationTexts
{
    public const string NotLinked =
        "Xin chào! ReformBot chưa biết tài khoản này thuộc về cán bộ nào nên chưa thể hiển thị hay cập nhật nhiệm vụ. " +
        "Anh/chị vui lòng liên hệ đầu mối cải cách hành chính của đơn vị để được liên kết tài khoản.";

    public const string InvalidCard =
        "Thẻ này không còn hợp lệ (thiếu thông tin nhiệm vụ hoặc dữ liệu sai). Không có gì được thay đổi. Anh/chị vui lòng dùng thẻ nhắc việc mới nhất.";

    public const string InvalidProgress = "Tiến độ phải là số phần trăm từ 0 đến 100. Không có gì được thay đổi.";

    public const string InvalidStatus = "Tình trạng không hợp lệ. Không có gì được thay đổi.";

    public const string UnsupportedAction = "Thao tác này chưa được hỗ trợ. Không có gì được thay đổi.";

    public const string WhichTask = "Anh/chị đang nói về nhiệm vụ nào? Vui lòng chọn trên thẻ.";

    public const string NoOpenTask = "Anh/chị hiện không có nhiệm vụ nào đang mở. Nếu cần, hãy ghi rõ số nhiệm vụ, ví dụ \"đã xong nv 2.a\".";

    public const string NotAvailableYet =
        "ReformBot đã hiểu yêu cầu nhưng chức năng này chưa được mở. Anh/chị vui lòng liên hệ đầu mối theo dõi của kế hoạch. Gõ \"giúp\" để xem những việc có thể làm.";

    public static string TaskNotFound(string? taskRef) =>
        $"Không tìm thấy nhiệm vụ {taskRef} trong các kế hoạch của anh/chị. Vui lòng kiểm tra lại số nhiệm vụ.";

    public static string EvidenceReceived(int count, string taskRef) => count == 0
        ? $"Chưa nhận được tài liệu kiểm chứng nào cho nhiệm vụ {taskRef}: hãy gửi đường dẫn, số văn bản hoặc tệp."
        : $"Đã ghi nhận {count} tài liệu kiểm chứng cho nhiệm vụ {taskRef}.";

    public static string Help(Sender sender)
    {
        var lines = new List<string>
        {
            $"Chào {sender.Name}, ReformBot nhắc anh/chị trước hạn nhiệm vụ và báo cáo của kế hoạch cải cách hành chính.",
            "Báo kết quả bằng lời, có dấu hay không dấu đều được: \"đã xong nv 2.a\", \"đang làm 70%\", \"vướng: chưa có kinh phí\", hoặc gửi đường dẫn minh chứng. Trên thẻ nhắc việc, bấm **Đã xong** hoặc chọn tình trạng, tiến độ rồi bấm **Cập nhật**.",
        };
        if (sender.Has(OfficerRole.UnitHead))
        {
            lines.Add("Là thủ trưởng đơn vị, anh/chị có thể hỏi: \"việc nào quá hạn?\", \"sắp đến hạn\", \"tiến độ\", \"ai chưa nộp báo cáo?\" cho đơn vị mình và các đơn vị trực thuộc.");
        }

        if (sender.Has(OfficerRole.Coordinator))
        {
            lines.Add("Là đầu mối theo dõi, anh/chị xem được quá hạn, tiến độ và báo cáo của toàn kế hoạch; nạp và sửa kế hoạch qua trang quản trị.");
        }

        lines.Add($"Kế hoạch của anh/chị: {string.Join(", ", sender.Memberships.Select(m => m.PlanCode).Distinct())}.");
        return string.Join("\n\n", lines);
    }
}
