using System.Text.Json.Nodes;
using ReformBot.Cards;

namespace ReformBot.Tests.Cards;

/// <summary>The coordinators' list of work already late at load stays sendable however much was late.</summary>
public sealed class PastDueCardTests
{
    [Theory]
    [InlineData("msteams")]
    [InlineData("webchat")]
    public void AListOfManyLongRowsIsCutToOneThatEveryChannelCanSend(string channel)
    {
        var label = "Ủy ban nhân dân xã Bình Thạnh Trung, huyện Lấp Vò, tỉnh Đồng Tháp — Báo cáo quý kết quả thực hiện Kế hoạch cải cách hành chính";
        var groups = Enumerable.Range(1, 12).Select(month => new PastDueCardGroup(
            $"Báo cáo tháng kết quả thực hiện Kế hoạch 104/KH-UBND — Tháng {month}/2024",
            "Hạn nộp ngày 02 hằng tháng",
            [.. Enumerable.Range(1, 10).Select(unit => Row($"{label} ({unit})", month, unit))])).ToList();

        var card = PastDueCard.Create("104/KH-UBND", "Kế hoạch cải cách hành chính năm 2024 của UBND huyện Lấp Vò", "120 mục đã quá hạn", "Bấm “Nhắc tiếp” để bot nhắc lại.", groups, n => $"… và {n} mục khác");
        var rendered = ((ICardRenderer)CardAssert.Renderer).Render(card, channel);

        Assert.True(CardRenderer.Measure(rendered) <= CardRenderer.MaxBytes, $"{CardRenderer.Measure(rendered)} bytes");
        Assert.Equal(PastDueCard.MaxRows, CardAssert.Actions(rendered, channel == "msteams" ? "Action.Execute" : "Action.Submit").Count(a => (string?)a["title"] == "Nhắc tiếp"));
        Assert.Contains($"… và {120 - PastDueCard.MaxRows} mục khác", CardAssert.Texts(rendered));
    }

    private static PastDueCardRow Row(string label, int month, int unit)
    {
        var data = new JsonObject
        {
            ["planCode"] = "104/KH-UBND",
            ["subject"] = "report",
            ["itemRef"] = "BC-THANG",
            ["unitCode"] = $"LV-UNIT-{unit:D2}",
            ["dueDate"] = $"2024-{month:D2}-02",
        };
        return new PastDueCardRow(label, data, (JsonObject)data.DeepClone());
    }
}
