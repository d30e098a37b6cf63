using System.Text.Json.Nodes;
using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>The confirmation of an officer's update: the task, old → new status and progress, who and when (or why nothing changed).</summary>
public static class StatusUpdatedCard
{
    public static CardContent Create(TaskUpdateResult result, string officerName, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(result);
        var problem = CardTexts.UpdateProblem(result.Outcome);
        var data = new JsonObject
        {
            ["headline"] = CardTexts.UpdateHeadline(result.Outcome, result.TaskRef),
            ["outcome"] = result.Outcome.ToString(),
            ["isProblem"] = problem is not null,
            ["problem"] = problem,
            ["planCode"] = result.PlanCode,
            ["taskRef"] = result.TaskRef,
            ["title"] = result.TaskTitle,
            ["oldStatus"] = result.OldState.ToString(),
            ["newStatus"] = result.NewState.ToString(),
            ["status"] = result.OldState == result.NewState
                ? CardTexts.Status(result.NewState)
                : CardTexts.Change(CardTexts.Status(result.OldState), CardTexts.Status(result.NewState)),
            ["progress"] = result.OldProgress == result.NewProgress
                ? CardTexts.Percent(result.NewProgress)
                : CardTexts.Change(CardTexts.Percent(result.OldProgress), CardTexts.Percent(result.NewProgress)),
            ["note"] = string.IsNullOrWhiteSpace(result.Note) ? null : result.Note,
            ["by"] = officerName,
            ["at"] = CardTexts.Moment(at),
        };
        return new CardContent(CardNames.StatusUpdated, data);
    }
}
