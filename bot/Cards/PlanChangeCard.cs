using System.Text.Json.Nodes;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>What a new revision of a plan changed for the reader's tasks, with a "seen" button.</summary>
public static class PlanChangeCard
{
    /// <summary>At most this many changes are listed; the rest are counted.</summary>
    public const int MaxChanges = 30;

    public static CardContent Create(Plan plan, IReadOnlyList<PlanChangeItem> changes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(changes);
        var data = new JsonObject
        {
            ["planCode"] = plan.Code,
            ["planTitle"] = plan.Title,
            ["revision"] = plan.Revision,
            ["summary"] = CardTexts.ChangeCount(changes.Count),
            ["changes"] = new JsonArray([.. changes.Take(MaxChanges).Select(Change)]),
            ["more"] = changes.Count > MaxChanges ? CardTexts.MoreChanges(changes.Count - MaxChanges) : null,
            ["action"] = new JsonObject { ["planCode"] = plan.Code, ["revision"] = plan.Revision },
        };
        return new CardContent(CardNames.PlanChange, data)
        {
            Summary = CardTexts.Summary(CardTexts.PlanChangeSummary(plan.Code, plan.Revision, changes.Count)),
        };
    }

    private static JsonNode Change(PlanChangeItem change) => new JsonObject
    {
        ["taskRef"] = change.TaskRef,
        ["title"] = CardTexts.Shorten(change.TaskTitle, 200),
        ["kind"] = change.Kind.ToString(),
        ["what"] = change.Kind == PlanChangeKind.Changed && change.Field is not null ? CardTexts.Field(change.Field) : CardTexts.PlanChangeKind(change.Kind),
        ["line"] = change.Kind switch
        {
            PlanChangeKind.Changed => CardTexts.Change(change.Old ?? "(trống)", change.New ?? "(trống)"),
            PlanChangeKind.Added => change.New,
            _ => null,
        },
    };
}
