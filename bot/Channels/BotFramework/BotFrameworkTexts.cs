namespace ReformBot.Channels.BotFramework;

/// <summary>Everything the Bot Framework channel itself says to people (Vietnamese); the conversation says the rest.</summary>
internal static class BotFrameworkTexts
{
    public const string StillWorking = "Đang xử lý yêu cầu của anh/chị, kết quả sẽ được gửi ngay sau đây.";
    public const string Received = "Đã nhận.";
    public const string AlreadyReceived = "Thao tác này đã được ghi nhận trước đó.";
    public const string Error = "Xin lỗi, đã có lỗi khi xử lý yêu cầu. Anh/chị vui lòng thử lại sau ít phút.";
    public const string UnsupportedAction = "Thao tác này không được hỗ trợ.";

    public const string FileOfferExpired = "Tệp này không còn nhận được nữa (yêu cầu đã hết hạn). Anh/chị vui lòng gửi lại yêu cầu để bot lập tệp mới.";
    public const string FileUploadRefused = "Không thể lưu tệp vào OneDrive từ địa chỉ tải lên này.";

    public static string FileConsentAsk(string fileName) =>
        $"Đã lập tệp **{fileName}**. Anh/chị bấm **Cho phép** (Allow) để bot lưu tệp vào OneDrive và gửi ngay trong cuộc trò chuyện này.";

    public static string FileConsentDescription(string fileName) => $"ReformBot gửi anh/chị tệp {fileName}.";

    public static string FileUploaded(string fileName) => $"Đã gửi tệp **{fileName}** vào OneDrive của anh/chị.";

    public static string FileAlreadyUploaded(string? fileName) => fileName is { Length: > 0 }
        ? $"Tệp **{fileName}** đã được gửi vào OneDrive của anh/chị rồi; bot không gửi lại lần nữa."
        : "Tệp này đã được gửi vào OneDrive của anh/chị rồi; bot không gửi lại lần nữa.";

    public static string FileDeclined(string link) =>
        $"Anh/chị đã không nhận tệp qua Teams. Nếu cần, anh/chị có thể tải tệp tại: {link} (liên kết có thời hạn).";

    public static string FileUploadFailed(string link) =>
        $"Xin lỗi, bot chưa lưu được tệp vào OneDrive. Anh/chị có thể tải tệp tại: {link} (liên kết có thời hạn).";
}
