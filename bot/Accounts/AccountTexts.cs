using System.Globalization;
using ReformBot.Calendar;

namespace ReformBot.Accounts;

/// <summary>What the bot says about linking accounts, in one place for review.</summary>
public static class AccountTexts
{
    public const string HowToLink =
        "Để liên kết tài khoản, anh/chị nhờ đầu mối cải cách hành chính cấp mã liên kết (6 chữ số) rồi gửi mã đó cho ReformBot, ví dụ: \"mã 123456\".";

    public static string For(LinkResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            LinkOutcome.Linked =>
                $"Đã liên kết tài khoản với cán bộ {result.OfficerName}. Từ nay ReformBot sẽ nhắc việc và nhận cập nhật của anh/chị qua tài khoản này.",
            LinkOutcome.AlreadyLinked =>
                $"Tài khoản này đã được liên kết với cán bộ {result.OfficerName}. Không cần gửi mã liên kết nữa.",
            LinkOutcome.InvalidCode =>
                $"Mã không đúng. Anh/chị còn {result.RemainingAttempts} lần thử.",
            LinkOutcome.Expired =>
                $"Mã liên kết đã hết hạn. Anh/chị vui lòng xin đầu mối cấp mã mới. Anh/chị còn {result.RemainingAttempts} lần thử.",
            LinkOutcome.Used =>
                $"Mã liên kết này đã được sử dụng. Mỗi mã chỉ dùng được một lần; anh/chị vui lòng xin đầu mối cấp mã mới. Anh/chị còn {result.RemainingAttempts} lần thử.",
            LinkOutcome.Locked =>
                $"Tài khoản bị tạm khóa liên kết đến {LocalTime(result.LockedUntil)} do nhập sai mã quá nhiều lần. Anh/chị vui lòng thử lại sau.",
            _ => throw new ArgumentOutOfRangeException(nameof(result), result.Outcome, "Unknown link outcome."),
        };
    }

    private static string LocalTime(DateTimeOffset? instant) => instant is { } at
        ? VietnamTime.ToLocal(at).ToString("HH:mm 'ngày' dd/MM/yyyy", CultureInfo.InvariantCulture)
        : "?";
}
