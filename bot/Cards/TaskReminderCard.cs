using System.Text.Json.Nodes;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>The reminder of one task, with buttons to answer it: done, update status and progress, snooze, ask for an extension.</summary>
public static class TaskReminderCard
{
    /// <param name="legalDueDate">When the written last day is a weekend or holiday: the next working day, when it is really overdue.</param>
    public static CardContent Create(Plan plan, PlanTask task, DateOnly today, DateOnly? legalDueDate = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(task);
        var data = new JsonObject
        {
            ["planCode"] = plan.Code,
            ["planTitle"] = plan.Title,
            ["taskRef"] = task.Ref,
            ["title"] = task.Title,
            ["field"] = task.Field,
            ["indexName"] = task.Index is ReformIndex index ? CardTexts.Index(index) : null,
            ["criterion"] = task.Criterion,
            ["score"] = task.Score is Score score ? CardTexts.Score(score) : null,
            ["target"] = task.Target,
            ["deadline"] = task.ExtendedTo is null ? CardTexts.Deadline(task.Deadline, task.DeadlineText) : CardTexts.Deadline(task.CurrentDeadline, null),
            ["status"] = task.State.ToString(),
            ["statusName"] = CardTexts.Status(task.State),
            ["progress"] = task.Progress,
            ["progressText"] = CardTexts.Percent(task.Progress),
            ["evidenceRequired"] = task.EvidenceRequired,
            ["statusChoices"] = CardData.StatusChoices(),
            ["extendMin"] = CardTexts.IsoDate(today.AddDays(1)),
            ["action"] = CardData.TaskAction(plan.Code, task.Ref),
        };

        if (task.CurrentDeadline.ClosesOn is DateOnly due)
        {
            var effective = CardTexts.EffectiveDue(due, today, legalDueDate);
            data["dueDate"] = CardTexts.Date(due);
            data["dayPhrase"] = CardTexts.DayPhrase(due, today, legalDueDate);
            data["urgency"] = CardData.Urgency(effective, today);
            if (legalDueDate is DateOnly legal && legal > due)
            {
                data["legalDueDate"] = CardTexts.Date(legal);
            }

            data["snoozeChoices"] = CardData.SnoozeChoices(today, legalDueDate is DateOnly l && l > due ? l : due);
        }
        else
        {
            data["urgency"] = "later";
            data["snoozeChoices"] = CardData.SnoozeChoices(today, null);
        }

        return new CardContent(CardNames.TaskReminder, data)
        {
            Summary = CardTexts.Summary(CardTexts.TaskReminderSummary(task.Ref, (string?)data["dayPhrase"])),
        };
    }
}
