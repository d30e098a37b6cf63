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

    public static string Help(Sender sender)
    {
        var lines = new List<string>
        {
            $"Chào {sender.Name}, ReformBot nhắc anh/chị trước hạn nhiệm vụ và báo cáo của kế hoạch cải cách hành chính.",
            "Trên thẻ nhắc việc, anh/chị có thể bấm **Đã xong** hoặc chọn tình trạng, tiến độ rồi bấm **Cập nhật**.",
        };
        if (sender.Has(OfficerRole.UnitHead))
        {
            lines.Add("Là thủ trưởng đơn vị, anh/chị nhận danh sách nhiệm vụ quá hạn của đơn vị mình.");
        }

        if (sender.Has(OfficerRole.Coordinator))
        {
            lines.Add("Là đầu mối theo dõi, anh/chị nạp và sửa kế hoạch qua trang quản trị.");
        }

        lines.Add($"Kế hoạch của anh/chị: {string.Join(", ", sender.Memberships.Select(m => m.PlanCode).Distinct())}.");
        return string.Join("\n\n", lines);
    }
}
