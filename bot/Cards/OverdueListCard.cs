using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// The overdue list for heads and coordinators: grouped by officer, the most points at stake first, then the longest
/// overdue. Paged so a card stays well under the Teams size limit: at most <see cref="MaxOfficersPerPage"/> officers and
/// <see cref="MaxTasksPerPage"/> tasks a page (an officer with many tasks continues on the next page).
/// </summary>
public static class OverdueListCard
{
    public const int MaxOfficersPerPage = 10;
    public const int MaxTasksPerPage = 20;
    public const int MaxTitleLength = 140;

    /// <summary>The list in display order.</summary>
    public static IReadOnlyList<OverdueItem> Order(IEnumerable<OverdueItem> items) =>
        [.. items.GroupBy(i => i.OfficerId, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(i => i.PointsAtStake))
            .ThenByDescending(g => g.Max(i => i.DaysOverdue))
            .ThenBy(g => g.First().OfficerName, StringComparer.Ordinal)
            .SelectMany(g => g.OrderByDescending(i => i.PointsAtStake)
                .ThenByDescending(i => i.DaysOverdue)
                .ThenBy(i => i.PlanCode, StringComparer.Ordinal)
                .ThenBy(i => i.TaskRef, StringComparer.Ordinal))];

    /// <summary>The pages of the list in display order; an empty list has one empty page.</summary>
    public static IReadOnlyList<IReadOnlyList<OverdueItem>> Pages(IEnumerable<OverdueItem> items)
    {
        var pages = new List<IReadOnlyList<OverdueItem>>();
        var page = new List<OverdueItem>();
        var officers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in Order(items))
        {
            if (page.Count == MaxTasksPerPage || (!officers.Contains(item.OfficerId) && officers.Count == MaxOfficersPerPage))
            {
                pages.Add(page);
                page = [];
                officers.Clear();
            }

            page.Add(item);
            officers.Add(item.OfficerId);
        }

        pages.Add(page);
        return pages;
    }

    /// <param name="page">1-based; clamped to the pages there are.</param>
    /// <param name="scope">What the list covers, e.g. a unit's name; shown under the title.</param>
    /// <param name="pageData">What the paging buttons carry back besides the page number (e.g. unitCode, planCode).</param>
    public static CardContent Create(IReadOnlyList<OverdueItem> items, int page, DateOnly today, string? scope = null, JsonObject? pageData = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        var pages = Pages(items);
        page = Math.Clamp(page, 1, pages.Count);
        var groups = new JsonArray();
        foreach (var group in pages[page - 1].GroupBy(i => i.OfficerId, StringComparer.Ordinal))
        {
            var first = group.First();
            groups.Add(new JsonObject
            {
                ["officerName"] = first.OfficerName,
                ["unit"] = first.UnitName,
                ["summary"] = CardTexts.OverdueSummary(group.Count(), group.Sum(i => i.PointsAtStake)),
                ["nudgeTitle"] = ButtonBudget.Fit(CardTexts.Nudge(first.OfficerName)),
                ["items"] = new JsonArray([.. group.Select(Item)]),
                ["nudge"] = new JsonObject
                {
                    ["officerId"] = first.OfficerId,
                    ["tasks"] = new JsonArray([.. group.Select(i => (JsonNode)CardData.TaskAction(i.PlanCode, i.TaskRef))]),
                },
            });
        }

        var data = new JsonObject
        {
            ["scope"] = scope,
            ["asOf"] = CardTexts.Date(today),
            ["total"] = items.Count,
            ["totalText"] = CardTexts.OverdueTotal(items.Count, items.Select(i => i.OfficerId).Distinct(StringComparer.Ordinal).Count()),
            ["page"] = page,
            ["pageCount"] = pages.Count,
            ["pageText"] = CardTexts.Page(page, pages.Count),
            ["groups"] = groups,
            ["previous"] = page > 1 ? PageAction(page - 1, pageData) : null,
            ["next"] = page < pages.Count ? PageAction(page + 1, pageData) : null,
        };
        return new CardContent(CardNames.OverdueList, data)
        {
            Summary = CardTexts.Summary(items.Count == 0 ? CardTexts.NoOverdue : (string)data["totalText"]!),
        };
    }

    private static JsonNode Item(OverdueItem item) => new JsonObject
    {
        ["planCode"] = item.PlanCode,
        ["taskRef"] = item.TaskRef,
        ["title"] = CardTexts.Shorten(item.TaskTitle, MaxTitleLength),
        ["detail"] = CardTexts.OverdueDetail(item.DueDate, item.DaysOverdue, item.PointsAtStake, item.State),
    };

    private static JsonObject PageAction(int page, JsonObject? pageData)
    {
        var action = pageData is null ? [] : (JsonObject)pageData.DeepClone();
        action["page"] = page;
        return action;
    }
}
