using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>The confirmation of an officer's update: the task, old → new status and progress, who and when (or why nothing changed).</summary>
public static class StatusUpdatedCard
{
    public static CardContent Create(StatusUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var data = new JsonObject
        {
            ["headline"] = update.Headline,
            ["isProblem"] = update.Problem is not null,
            ["problem"] = update.Problem,
            ["planCode"] = update.PlanCode,
            ["taskRef"] = update.TaskRef,
            ["title"] = update.TaskTitle,
            ["oldStatus"] = update.OldState.ToString(),
            ["newStatus"] = update.NewState.ToString(),
            ["status"] = update.OldState == update.NewState
                ? CardTexts.Status(update.NewState)
                : CardTexts.Change(CardTexts.Status(update.OldState), CardTexts.Status(update.NewState)),
            ["progress"] = update.OldProgress == update.NewProgress
                ? CardTexts.Percent(update.NewProgress)
                : CardTexts.Change(CardTexts.Percent(update.OldProgress), CardTexts.Percent(update.NewProgress)),
            ["note"] = string.IsNullOrWhiteSpace(update.Note) ? null : update.Note,
            ["by"] = update.By,
            ["at"] = CardTexts.Moment(update.At),
            ["undoOffer"] = update.UndoToken is null ? null : update.UndoOffer,
            ["undo"] = update.UndoToken is { } token ? new JsonObject { ["token"] = token } : null,
        };
        return new CardContent(CardNames.StatusUpdated, data) { Summary = update.Headline };
    }
}
