using System.Text.Json.Nodes;
using ReformBot.Delivery;

namespace ReformBot.Cards;

/// <summary>
/// Asked when the bot cannot tell which task a message is about (it never guesses): the person's open tasks as buttons,
/// each carrying the pending update so that one tap applies it.
/// </summary>
public static class TaskChoiceCard
{
    public const int MaxTasks = 15;

    /// <param name="message">What the officer wrote, quoted back.</param>
    /// <param name="pending">The update waiting for a task (as the conversation layer stores it), carried by every button.</param>
    public static CardContent Create(IReadOnlyList<TaskChoiceItem> tasks, string? message, JsonObject pending)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        ArgumentNullException.ThrowIfNull(pending);
        var data = new JsonObject
        {
            ["message"] = string.IsNullOrWhiteSpace(message) ? null : CardTexts.Shorten(message, 300),
            ["tasks"] = new JsonArray([.. tasks.Take(MaxTasks).Select(t => Choice(t, pending))]),
            ["more"] = tasks.Count > MaxTasks ? CardTexts.More(tasks.Count - MaxTasks) : null,
        };
        return new CardContent(CardNames.TaskChoice, data) { Summary = CardTexts.WhichTaskSummary };
    }

    private static JsonObject Choice(TaskChoiceItem task, JsonObject pending)
    {
        var action = CardData.TaskAction(task.PlanCode, task.TaskRef);
        action["pending"] = pending.DeepClone();
        return new JsonObject
        {
            ["taskRef"] = task.TaskRef,
            ["title"] = CardTexts.Shorten(task.Title, 160),
            ["detail"] = CardTexts.ChoiceDetail(task.PlanCode, task.DueDate, task.State),
            ["action"] = action,
        };
    }
}
