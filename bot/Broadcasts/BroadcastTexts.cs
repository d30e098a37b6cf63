using System.Globalization;
using ReformBot.Cards;

namespace ReformBot.Broadcasts;

/// <summary>The wording of broadcasts, their acknowledgements and delivery reports, in one place for review.</summary>
internal static class BroadcastTexts
{
    public const string OnlyCoordinators = "Chỉ đầu mối theo dõi kế hoạch mới gửi được thông báo. Không có gì được gửi.";

    public const string EmptyAnnouncement = "Thông báo chưa có nội dung. Ví dụ: \"thông báo: Họp giao ban CCHC lúc 14h thứ sáu\".";

    public const string NobodyToSend = "Không có ai trong phạm vi đã chọn để nhận thông báo. Không có gì được gửi.";

    public const string AnnouncementTitle = "Thông báo";

    public const string Acknowledged = "Đã ghi nhận anh/chị đã đọc thông báo.";

    public const string Seen = "Đã ghi nhận anh/chị đã xem.";

    public const string UnknownPlanChange = "Không tìm thấy thông báo thay đổi kế hoạch này của anh/chị. Không có gì thay đổi.";

    public static string PlanChangeAcknowledged(string planCode, int revision) =>
        $"Đã ghi nhận anh/chị đã nắm thông tin thay đổi của kế hoạch {planCode} (điều chỉnh lần {revision}).";

    public static string UnknownUnit(string unit) => $"Không tìm thấy đơn vị \"{unit}\" trong kế hoạch anh/chị theo dõi. Không có gì được gửi.";

    public static string UnknownTasks(IEnumerable<string> refs) => $"Không tìm thấy nhiệm vụ {string.Join(", ", refs)} trong kế hoạch anh/chị theo dõi. Không có gì được gửi.";

    public static string Queued(long id, int recipients, int neverLinked, bool waitsForMorning) =>
        $"Đang gửi thông báo #{id} tới {recipients} người" +
        (neverLinked > 0 ? $" ({neverLinked} người chưa liên kết tài khoản nên không nhận được)" : string.Empty) +
        (waitsForMorning ? ". Ngoài giờ làm việc: thông báo sẽ đi vào sáng ngày làm việc tiếp theo (thêm \"khẩn\" để gửi ngay)." : ".") +
        " ReformBot sẽ báo kết quả khi gửi xong.";

    public static string Progress(long id, int settled, int total) => $"Thông báo #{id}: đã xử lý {settled}/{total} người nhận…";

    public static string Report(long id, string summary, int sent, int failed, int cancelled, IReadOnlyList<string> unreachable, IReadOnlyList<string> neverLinked)
    {
        var lines = new List<string>
        {
            $"Kết quả gửi thông báo #{id} \"{Shorten(summary)}\": {sent} người đã nhận" + (failed > 0 ? $", {failed} người gửi lỗi" : string.Empty)
                + (cancelled > 0 ? $", {cancelled} bản chưa gửi đã được quản trị viên huỷ." : "."),
        };
        if (unreachable.Count > 0)
        {
            lines.Add($"Không liên lạc được ({unreachable.Count}): {string.Join(", ", unreachable)}.");
        }

        if (neverLinked.Count > 0)
        {
            lines.Add($"Chưa liên kết tài khoản ({neverLinked.Count}): {string.Join(", ", neverLinked)}.");
        }

        return string.Join("\n\n", lines);
    }

    public static string PlanChanged(string planCode, int revision, int count) =>
        $"Kế hoạch {planCode} vừa được sửa (lần {revision.ToString(CultureInfo.InvariantCulture)}): {count} thay đổi liên quan đến nhiệm vụ của anh/chị.";

    public static string Nudge(string from, IReadOnlyList<(string Ref, string Title, DateOnly Due)> tasks) =>
        $"{from} nhắc anh/chị các nhiệm vụ quá hạn:\n\n" +
        string.Join("\n\n", tasks.Select(t => $"• **{t.Ref}** {t.Title} — hạn {CardTexts.Date(t.Due)}")) +
        "\n\nAnh/chị vui lòng cập nhật tiến độ (ví dụ \"đã xong nv 2.a\" hoặc \"đang làm 70%\").";

    public static string Nudged(string name, int tasks) => $"Đã gửi lời nhắc {tasks} nhiệm vụ quá hạn tới {name}.";

    public static string NothingToNudge(string name) => $"{name} không có nhiệm vụ quá hạn nào trong phạm vi anh/chị phụ trách.";

    public static string UnknownOfficer(string name) => $"Không tìm thấy cán bộ \"{name}\" trong đơn vị anh/chị phụ trách.";

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
