using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Tests.Cards;

public sealed class OverdueListCardTests
{
    private static readonly DateOnly Today = new(2024, 12, 10);

    private static List<OverdueItem> Items(int count) =>
        [.. Enumerable.Range(0, count).Select(i => new OverdueItem(
            "104/KH-UBND", $"{i / 7}.{(char)('a' + (i % 7))}",
            $"Nhiệm vụ {i}: rà soát, cập nhật, công khai đầy đủ thủ tục hành chính thuộc thẩm quyền giải quyết trên Cổng dịch vụ công của tỉnh và niêm yết tại bộ phận một cửa, bảo đảm đúng quy định",
            $"cv-{i % 37}", $"Nguyễn Văn Cán Bộ Số {i % 37}", "Phòng Nội vụ huyện Lập Võ",
            new DateOnly(2024, 11, 1).AddDays(i % 30), 5 + (i % 30), (i % 5) * 0.25m, TaskState.InProgress))];

    [Fact]
    public void TwoHundredItemsArePagedAndEveryPageFits()
    {
        var items = Items(200);
        var pages = OverdueListCard.Pages(items);
        Assert.True(pages.Count > 1);
        Assert.Equal(200, pages.Sum(p => p.Count));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= pages.Count; page++)
        {
            var card = CardAssert.Renderer.Render(OverdueListCard.Create(items, page, Today, "Phòng Nội vụ", new JsonObject { ["unitCode"] = "NOIVU" }));
            CardAssert.IsSendable(card);
            Assert.True(CardRenderer.Measure(card) < 30 * 1024, $"page {page} is {CardRenderer.Measure(card)} bytes");
            var nudges = CardAssert.Actions(card, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.OverdueNudge).ToList();
            Assert.InRange(nudges.Count, 1, OverdueListCard.MaxOfficersPerPage);
            foreach (var task in nudges.SelectMany(n => n["data"]!["tasks"]!.AsArray()))
            {
                Assert.True(seen.Add((string)task!["taskRef"]!), "each task shows on one page");
            }

            var paging = CardAssert.Actions(card, "Action.Execute").Where(a => (string?)a["verb"] == CardVerbs.OverduePage).ToList();
            if (page < pages.Count)
            {
                var next = paging.Single(a => (string?)a["title"] == "Trang sau");
                Assert.Equal(page + 1, (int)next["data"]!["page"]!);
                Assert.Equal("NOIVU", (string?)next["data"]!["unitCode"]);
            }
            else
            {
                Assert.DoesNotContain(paging, a => (string?)a["title"] == "Trang sau");
            }
        }

        Assert.Equal(200, seen.Count);
    }

    [Fact]
    public void OfficersWithMorePointsAtStakeComeFirstThenLongerOverdue()
    {
        OverdueItem Item(string officer, string taskRef, decimal points, int days) =>
            new("P", taskRef, "t", officer, officer, null, Today.AddDays(-days), days, points, TaskState.Open);
        var ordered = OverdueListCard.Order(
        [
            Item("an", "1", 0.10m, 30),
            Item("binh", "2", 0.50m, 2),
            Item("an", "3", 0.25m, 3),
            Item("chi", "4", 0.50m, 9), // same total as binh (0,50) but binh has waited longer
            Item("binh", "5", 0m, 40),
        ]);
        Assert.Equal(["2", "5", "4", "3", "1"], ordered.Select(i => i.TaskRef));
    }

    [Fact]
    public void EmptyListSaysSo()
    {
        var card = CardAssert.Renderer.Render(OverdueListCard.Create([], 1, Today));
        CardAssert.IsSendable(card);
        Assert.Contains("Không có nhiệm vụ nào quá hạn.", CardAssert.Texts(card));
        Assert.Empty(CardAssert.Verbs(card));
    }

    [Fact]
    public void PageNumberIsClampedAndGroupsShowPointsAtStake()
    {
        var items = Items(3);
        var card = CardAssert.Renderer.Render(OverdueListCard.Create(items, 99, Today));
        CardAssert.IsSendable(card);
        Assert.Contains(CardAssert.Texts(card), t => t.Contains("0,25 điểm", StringComparison.Ordinal));
        Assert.DoesNotContain(CardVerbs.OverduePage, CardAssert.Verbs(card));
    }
}
