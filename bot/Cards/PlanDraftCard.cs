using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// What a coordinator sees after sending a plan appendix in chat, before anything is stored: the plan, its tasks by
/// field, the units matched, the first warnings, and for a revision what changes; "Nạp kế hoạch" and "Huỷ" carry only
/// the id of the draft kept on the server.
/// </summary>
public static class PlanDraftCard
{
    /// <summary>At most this many warnings are listed on the card; "Xem tất cả cảnh báo" sends them all.</summary>
    public const int MaxWarnings = 10;

    /// <summary>At most this many changes of a revision are listed; the rest are counted.</summary>
    public const int MaxChanges = 15;

    public static CardContent Create(PlanDraftPreview preview)
    {
        ArgumentNullException.ThrowIfNull(preview);
        var action = new JsonObject { ["draftId"] = preview.DraftId };
        var data = new JsonObject
        {
            ["heading"] = preview.Heading,
            ["planTitle"] = preview.PlanTitle,
            ["fileName"] = preview.FileName,
            ["summary"] = preview.Summary,
            ["fields"] = Lines(preview.Fields),
            ["units"] = preview.Units,
            ["warningsHeading"] = preview.WarningsHeading,
            ["warnings"] = preview.Warnings.Count == 0 ? null : Lines(preview.Warnings.Take(MaxWarnings)),
            ["moreWarnings"] = preview.Warnings.Count > MaxWarnings ? CardTexts.MoreWarnings(preview.Warnings.Count - MaxWarnings) : null,
            ["changesHeading"] = preview.ChangesHeading,
            ["changes"] = preview.Changes.Count == 0 ? null : Lines(preview.Changes.Take(MaxChanges)),
            ["moreChanges"] = preview.Changes.Count > MaxChanges ? CardTexts.MoreChanges(preview.Changes.Count - MaxChanges) : null,
            ["action"] = action,
        };
        return new CardContent(CardNames.PlanDraft, data) { Summary = CardTexts.Summary(preview.Heading) };
    }

    private static JsonArray Lines(IEnumerable<string> lines) => new([.. lines.Select(l => (JsonNode)new JsonObject { ["line"] = CardTexts.Shorten(l, 300) })]);
}

/// <summary>
/// A previewed plan, in words already: the heading ("Bản nháp kế hoạch 104/KH-UBND" or "… điều chỉnh lần 3"), the
/// counts, one line per field, the units matched, every warning (the card lists the first ones), and the changes of a
/// revision (empty for a new plan).
/// </summary>
public sealed record PlanDraftPreview(
    string DraftId,
    string Heading,
    string PlanTitle,
    string FileName,
    string Summary,
    IReadOnlyList<string> Fields,
    string? Units,
    string? WarningsHeading,
    IReadOnlyList<string> Warnings,
    string? ChangesHeading,
    IReadOnlyList<string> Changes);
