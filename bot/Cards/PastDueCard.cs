using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// The coordinators' one list of what was already overdue when a plan was loaded: grouped by report occurrence, then
/// the tasks, each unit's occurrence or task on its own row with at most two buttons.
/// </summary>
public static class PastDueCard
{
    /// <summary>At most this many rows are listed (a card must stay under the channel's size limit); the rest are counted.</summary>
    /// <remarks>
    /// A row renders to about 1.3 KB (its label and both buttons' data, counted as Teams does, in UTF-16): at 40 rows the
    /// sample plan's list loaded in December was 48 KB, over Teams' 40 KB, and was never delivered. At 20 rows even long
    /// labels stay well under it (PastDueCardTests).
    /// </remarks>
    public const int MaxRows = 20;

    /// <param name="more">The line that counts the rows left out.</param>
    public static CardContent Create(
        string planCode, string planTitle, string summary, string hint, IReadOnlyList<PastDueCardGroup> groups, Func<int, string> more)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(more);
        var shown = new JsonArray();
        var rows = 0;
        foreach (var group in groups)
        {
            var take = group.Rows.Take(Math.Max(0, MaxRows - rows)).ToList();
            if (take.Count == 0)
            {
                continue;
            }

            rows += take.Count;
            shown.Add(new JsonObject
            {
                ["heading"] = group.Heading,
                ["detail"] = group.Detail,
                ["rows"] = new JsonArray([.. take.Select(Row)]),
            });
        }

        var hidden = groups.Sum(g => g.Rows.Count) - rows;
        return new CardContent(CardNames.PastDue, new JsonObject
        {
            ["planCode"] = planCode,
            ["planTitle"] = planTitle,
            ["summary"] = summary,
            ["groups"] = shown,
            ["more"] = hidden > 0 ? more(hidden) : null,
            ["hint"] = hint,
        })
        {
            Summary = CardTexts.Summary(CardTexts.PastDueSummary(planCode, summary)),
        };
    }

    private static JsonObject Row(PastDueCardRow row) => new()
    {
        ["label"] = row.Label,
        ["submit"] = row.Submit?.DeepClone(),
        ["chase"] = row.Chase.DeepClone(),
    };
}
