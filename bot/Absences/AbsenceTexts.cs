using System.Globalization;

namespace ReformBot.Absences;

/// <summary>What the bot says about absences, to the person away and to their unit head.</summary>
public static class AbsenceTexts
{
    public const string AskWhen =
        "Anh/chị nghỉ đến ngày nào? Ví dụ: \"em đi công tác đến 10/12\", \"nghỉ phép tuần này\", \"tôi nghỉ ốm 3 ngày\".";

    public const string InPast = "Ngày nghỉ đã qua, bot không ghi nhận. Anh/chị nhắn lại ngày bắt đầu từ hôm nay trở đi.";

    public const string TooLong = "Bot chỉ ghi nhận thời gian nghỉ tối đa 1 năm. Anh/chị nhắn lại ngày kết thúc.";

    public const string NotAway = "Bot không thấy anh/chị đang trong thời gian nghỉ, không có gì thay đổi.";

    public static string DayMonth(DateOnly date) => date.ToString("dd/MM", CultureInfo.InvariantCulture);

    public static string Reason(AbsenceReason reason) => reason switch
    {
        AbsenceReason.BusinessTrip => "đi công tác",
        AbsenceReason.Leave => "nghỉ phép",
        AbsenceReason.Sick => "nghỉ ốm",
        _ => "nghỉ",
    };

    public static string Period(DateOnly from, DateOnly until) =>
        from == until ? $"ngày {DayMonth(from)}" : $"từ {DayMonth(from)} đến {DayMonth(until)}";

    /// <summary>The confirmation asked before anything is recorded.</summary>
    public static string Question(AbsenceReason reason, DateOnly from, DateOnly until) =>
        $"Anh/chị {Reason(reason)} {Period(from, until)}, bot sẽ không nhắc trong thời gian này?";

    public static string Recorded(AbsenceReason reason, DateOnly from, DateOnly until, DateOnly back, int headsTold) =>
        $"Đã ghi nhận: anh/chị {Reason(reason)} {Period(from, until)}. Bot không nhắc việc trong thời gian này; những việc đến hạn sẽ được gửi gộp vào sáng {DayMonth(back)}."
        + (headsTold > 0 ? " Bot đã báo lãnh đạo đơn vị." : string.Empty)
        + " Khi đi làm lại sớm hơn, nhắn \"tôi đã đi làm lại\".";

    public static string Back(int held) =>
        "Chào mừng anh/chị quay lại! Bot nhắc việc trở lại như thường" + (held > 0 ? "; những việc đến hạn trong thời gian nghỉ sẽ được gửi ngay." : ".");

    /// <summary>The one notice to the head when someone of their unit is away.</summary>
    public static string HeadNotice(string name, AbsenceReason reason, DateOnly from, DateOnly until) =>
        $"{name} {Reason(reason)} {Period(from, until)}. Bot không nhắc việc {name} trong thời gian này; danh sách quá hạn sẽ ghi \"{AwayMark(until)}\".";

    /// <summary>How heads' lists mark someone away: "đang nghỉ đến 10/12".</summary>
    public static string AwayMark(DateOnly until) => $"đang nghỉ đến {DayMonth(until)}";
}
