namespace ReformBot.Conversation;

/// <summary>What the bot says around "không cần nhắc việc này nữa".</summary>
public static class StopTexts
{
    public static string Question(string item) => $"Anh/chị muốn bot không nhắc {item} nữa? Lãnh đạo đơn vị vẫn thấy việc này trong danh sách.";

    public static string Stopped(string item) =>
        $"Đã ghi nhận: bot không nhắc anh/chị về {item} nữa. Các việc khác vẫn được nhắc như thường. Muốn nhắc lại, anh/chị liên hệ điều phối viên.";
}
