using System.Globalization;
using ReformBot.Conversation.Recognition;

namespace ReformBot.Tests.Conversation.Recognition;

/// <summary>
/// Slots as officers write them, each phrase with and without diacritics, against Wednesday 2024-11-20 (dates) —
/// numbers in words and fractions, relative dates, durations, urgency, reasons and task refs.
/// </summary>
public sealed class SlotTablesTests
{
    private static readonly DateOnly Wednesday = new(2024, 11, 20);

    private static int? Percent(string text) => SlotReader.Percent(new FoldedMessage(text));

    [Theory]
    [InlineData("được bảy mươi phần trăm rồi", "duoc bay muoi phan tram roi", 70)]
    [InlineData("bảy mươi lăm phần trăm", "bay muoi lam phan tram", 75)]
    [InlineData("tiến độ đạt tám chục", "tien do dat tam chuc", 80)]
    [InlineData("tám chục rồi", "tam chuc roi", 80)]
    [InlineData("làm được một nửa", "lam duoc mot nua", 50)]
    [InlineData("xong nửa khối lượng", "xong nua khoi luong", 50)]
    [InlineData("đã xong 3/4", "da xong 3/4", 75)]
    [InlineData("được 3/4 khối lượng", "duoc 3/4 khoi luong", 75)]
    [InlineData("mới được một phần ba", "moi duoc mot phan ba", 33)]
    [InlineData("hai phần ba công việc", "hai phan ba cong viec", 67)]
    [InlineData("ba phần tư", "ba phan tu", 75)]
    [InlineData("được 60 phần trăm", "duoc 60 phan tram", 60)]
    [InlineData("tiến độ 45%", "tien do 45 %", 45)]
    [InlineData("đạt chín mươi", "dat chin muoi", 90)]
    [InlineData("được sáu mươi", "duoc sau muoi", 60)]
    [InlineData("hoàn thành một trăm phần trăm", "hoan thanh mot tram phan tram", 100)]
    [InlineData("mười lăm phần trăm", "muoi lam phan tram", 15)]
    [InlineData("tiến độ hai mươi mốt phần trăm", "tien do hai muoi mot phan tram", 21)]
    public void PercentInWordsAndFractions(string withMarks, string withoutMarks, int expected)
    {
        Assert.Equal(expected, Percent(withMarks));
        Assert.Equal(expected, Percent(withoutMarks));
    }

    [Theory]
    [InlineData("xin thêm nửa tháng")]
    [InlineData("2 hôm nữa em nộp")]
    [InlineData("hạn 3/4 được không")]
    [InlineData("được 2 ngày rồi")]
    [InlineData("tám chục người dự họp")]
    [InlineData("gặp khó khăn về kinh phí")]
    [InlineData("")]
    public void NotAPercent(string text) => Assert.Null(Percent(text));

    [Theory]
    [InlineData("mai", "mai", "2024-11-21")]
    [InlineData("mốt nộp", "mot nop", "2024-11-22")]
    [InlineData("ngày kia", "ngay kia", "2024-11-22")]
    [InlineData("thứ năm tuần sau", "thu nam tuan sau", "2024-11-28")]
    [InlineData("thứ 2 tuần tới", "thu 2 tuan toi", "2024-11-25")]
    [InlineData("cuối tuần", "cuoi tuan", "2024-11-22")]
    [InlineData("cuối tháng", "cuoi thang", "2024-11-30")]
    [InlineData("đầu tháng sau", "dau thang sau", "2024-12-01")]
    [InlineData("giữa tháng sau", "giua thang sau", "2024-12-15")]
    [InlineData("giữa tháng", "giua thang", "2024-12-15")]
    [InlineData("ngày 15 tháng sau", "ngay 15 thang sau", "2024-12-15")]
    [InlineData("gia hạn đến ngày 10 tháng tới", "gia han den ngay 10 thang toi", "2024-12-10")]
    [InlineData("ngày mười lăm tháng sau", "ngay muoi lam thang sau", "2024-12-15")]
    [InlineData("15/12", "15/12", "2024-12-15")]
    [InlineData("15-12-2024", "15-12-2024", "2024-12-15")]
    [InlineData("ngày 20 tháng 12", "ngay 20 thang 12", "2024-12-20")]
    [InlineData("ngày 20 tháng mười hai", "ngay 20 thang muoi hai", "2024-12-20")]
    [InlineData("trong tháng mười một", "trong thang muoi mot", "2024-11-30")]
    [InlineData("xin lùi sang tháng 12", "xin lui sang thang 12", "2024-12-31")]
    [InlineData("đầu tháng 12", "dau thang 12", "2024-12-01")]
    [InlineData("giữa tháng 1", "giua thang 1", "2025-01-15")]
    [InlineData("cuối tháng hai", "cuoi thang hai", "2025-02-28")]
    [InlineData("ngày 5 tháng giêng năm 2025", "ngay 5 thang gieng nam 2025", "2025-01-05")]
    [InlineData("2 hôm nữa", "2 hom nua", "2024-11-22")]
    [InlineData("hạn 3/4", "han 3/4", "2025-04-03")]
    [InlineData("nộp ngày 1.2", "nop ngay 1.2", "2025-02-01")]
    public void DatesAsOfficersWriteThem(string withMarks, string withoutMarks, string expected)
    {
        var date = DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(VietnameseDateParser.TryParse(withMarks, Wednesday, out var a), withMarks);
        Assert.Equal(date, a);
        Assert.True(VietnameseDateParser.TryParse(withoutMarks, Wednesday, out var b), withoutMarks);
        Assert.Equal(date, b);
    }

    [Theory]
    [InlineData("được 3/4 rồi")]
    [InlineData("nv 1.2 đã xong")]
    [InlineData("mục 1.2 xong")]
    [InlineData("nhiệm vụ 1.2")]
    [InlineData("báo cáo tháng 11")]
    public void NotADate(string text) => Assert.False(VietnameseDateParser.TryParse(text, Wednesday, out _), text);

    [Theory]
    [InlineData("thêm 1 tuần", "them 1 tuan", 7.0)]
    [InlineData("2 hôm nữa", "2 hom nua", 2.0)]
    [InlineData("nửa tháng", "nua thang", 15.0)]
    [InlineData("3 ngày", "3 ngay", 3.0)]
    [InlineData("xin thêm mười lăm ngày", "xin them muoi lam ngay", 15.0)]
    [InlineData("gia hạn thêm hai tuần", "gia han them hai tuan", 14.0)]
    [InlineData("1 tuần rưỡi", "1 tuan ruoi", 10.5)]
    [InlineData("một tháng", "mot thang", 30.0)]
    [InlineData("vài hôm nữa", "vai hom nua", 3.0)]
    [InlineData("nửa ngày", "nua ngay", 0.5)]
    public void DurationsInDays(string withMarks, string withoutMarks, double days)
    {
        Assert.True(VietnameseDurationParser.TryParse(withMarks, out var a), withMarks);
        Assert.Equal(TimeSpan.FromDays(days), a);
        Assert.True(VietnameseDurationParser.TryParse(withoutMarks, out var b), withoutMarks);
        Assert.Equal(TimeSpan.FromDays(days), b);
    }

    [Theory]
    [InlineData("nhắc lại sau 2 tiếng", 2.0)]
    [InlineData("nửa tiếng nữa", 0.5)]
    [InlineData("2 tiếng rưỡi nữa", 2.5)]
    public void DurationsInHours(string text, double hours)
    {
        Assert.True(VietnameseDurationParser.TryParse(text, out var d), text);
        Assert.Equal(TimeSpan.FromHours(hours), d);
    }

    [Fact]
    public void AClockTimeIsNoDurationAndMoreIsNoHalf()
    {
        Assert.False(VietnameseDurationParser.TryParse("họp lúc 14h", out _));

        // "nữa" (more) folds like "nửa" (half).
        Assert.True(VietnameseDurationParser.TryParse("2 hôm nữa", out var d));
        Assert.Equal(TimeSpan.FromDays(2), d);
    }

    [Theory]
    [InlineData("khẩn: gửi báo cáo", "khan: gui bao cao", true)]
    [InlineData("hỏa tốc", "hoa toc", true)]
    [InlineData("việc gấp", "viec gap", true)]
    [InlineData("cần gấp nhé", "can gap nhe", true)]
    [InlineData("thượng khẩn", "thuong khan", true)]
    [InlineData("khẩn cấp", "khan cap", true)]
    [InlineData("gặp khó khăn về kinh phí", "gap kho khan ve kinh phi", false)]
    [InlineData("em đi gặp anh Hùng", "em di gap anh hung", false)]
    [InlineData("đã xong", "da xong", false)]
    public void Urgency(string withMarks, string withoutMarks, bool urgent)
    {
        Assert.Equal(urgent, SlotReader.Urgent(new FoldedMessage(withMarks)));
        Assert.Equal(urgent, SlotReader.Urgent(new FoldedMessage(withoutMarks)));
    }

    [Theory]
    [InlineData("chưa làm được vì thiếu kinh phí", "thiếu kinh phí")]
    [InlineData("chua lam duoc vi thieu kinh phi", "thieu kinh phi")]
    [InlineData("chậm do chờ số liệu của sở", "chờ số liệu của sở")]
    [InlineData("chưa nộp được tại thiếu người", "thiếu người")]
    [InlineData("chua nop duoc tai thieu nguoi", "thieu nguoi")]
    [InlineData("trễ hạn bởi vì máy hỏng", "máy hỏng")]
    [InlineData("tre han boi vi may hong", "may hong")]
    [InlineData("tại vì chưa có chữ ký", "chưa có chữ ký")]
    [InlineData("vướng: chưa có hướng dẫn", "chưa có hướng dẫn")]
    public void ReasonAfterBecause(string text, string reason) =>
        Assert.Equal(reason, SlotReader.Reason(new FoldedMessage(text)));

    [Theory]
    [InlineData("họp tại phòng 2")]
    [InlineData("tiến độ đơn vị tốt")]
    [InlineData("tại sao chưa nhắc")]
    public void NoReason(string text) => Assert.Null(SlotReader.Reason(new FoldedMessage(text)));

    [Theory]
    [InlineData("nv 1.2 xong", null, "1.2", null)]
    [InlineData("mục 1.2 đạt 50%", null, "1.2", null)]
    [InlineData("1.2 xong rồi", new[] { "1.2", "2.a" }, "1.2", null)]
    [InlineData("1.2 xong rồi", new[] { "2.a" }, null, "2025-02-01")]
    [InlineData("1.2 xong rồi", null, null, "2025-02-01")]
    [InlineData("xong 1.2.3", new[] { "1.2.3" }, "1.2.3", null)]
    [InlineData("gia hạn 2.a đến 1.2", new[] { "2.a" }, "2.a", "2025-02-01")]
    public void AnumberIsATaskRefWhenThePlanHasIt(string text, string[]? planRefs, string? taskRef, string? date)
    {
        var refs = planRefs?.ToHashSet(StringComparer.Ordinal);
        var slots = SlotReader.Common(new FoldedMessage(text), Wednesday, refs);
        Assert.Equal(taskRef, slots.TaskRef);
        Assert.Equal(date, slots.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.Equal(date is not null, VietnameseDateParser.TryParse(text, Wednesday, refs, out _));
    }

    public static TheoryData<string> BadInput => new()
    {
        string.Empty,
        "   ",
        "😀😀🙏🏻👍",
        new string('x', 10_000),
        string.Concat(Enumerable.Repeat("xong 70% nv 1.2 ngày 15/12 vì thiếu 😀 ", 300)),
        "Готово 完成 xong rồi ✅ مكتمل",
        "\u0000\u0001\u0007xong\u001b[31m\u200b\u202e nv 2.a\uFEFF",
        "\uD83D", // a lone surrogate
        "1/1/1 99/99/9999 0/0 ///---... ngày 99 tháng 99",
        "thứ 8, ngày 32, tháng 13, 31/02",
    };

    [Theory]
    [MemberData(nameof(BadInput))]
    public void BadInputNeitherThrowsNorInventsSlots(string text)
    {
        var m = new FoldedMessage(text);
        _ = SlotReader.Percent(m);
        _ = SlotReader.Urgent(m);
        _ = SlotReader.Reason(m);
        _ = SlotReader.Common(m, Wednesday, new HashSet<string> { "1.2" });
        _ = VietnameseDurationParser.TryParse(text, out _);
        _ = VietnameseDateParser.TryParse(text, Wednesday, out _);
        var recognized = IntentRecognizer.Recognize(text, Wednesday);
        Assert.NotNull(recognized);
        if (text.StartsWith("thứ 8", StringComparison.Ordinal) || text.StartsWith("1/1/1", StringComparison.Ordinal))
        {
            Assert.False(VietnameseDateParser.TryParse(text, Wednesday, out _));
        }
    }
}
