namespace ReformBot.Channels.BotFramework;

/// <summary>Everything the Bot Framework channel itself says to people (Vietnamese); the conversation says the rest.</summary>
internal static class BotFrameworkTexts
{
    public const string StillWorking = "Đang xử lý yêu cầu của anh/chị, kết quả sẽ được gửi ngay sau đây.";
    public const string Received = "Đã nhận.";
    public const string AlreadyReceived = "Thao tác này đã được ghi nhận trước đó.";
    public const string Error = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Anh/chị vui lòng thử lại sau ít phút.";
    public const string UnsupportedAction = "Thao tác này không được hỗ trợ.";
}
