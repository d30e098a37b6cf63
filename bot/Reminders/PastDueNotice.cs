using System.Globalization;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// The coordinators' one message about what was already past at import: report occurrences (each with its units), then
/// tasks; a card with a row and two buttons per unit occurrence or task, and the same list as text with the first
/// buttons as quick replies for channels without cards.
/// </summary>
public static class PastDueNotice
{
    /// <summary>Quick-reply buttons for channels without cards (Zalo shows five at most).</summary>
    public const int MaxButtons = 4;

    public static OutgoingMessage Create(
        Plan plan,
        DateOnly loadedOn,
        IReadOnlyList<PastDueBaseline.Candidate> items,
        IReadOnlyList<PlanTask> tasks,
        IReadOnlyList<ReportSchedule> schedules,
        IReadOnlyList<ReportPeriod> periods,
        IReadOnlyDictionary<string, string> unitNames)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(items);
        var groups = new List<PastDueCardGroup>();
        var lines = new List<string>();
        var buttons = new List<MessageAction>();
        var reports = items.Where(i => i.Subject == ReminderSubject.Report)
            .GroupBy(i => (i.ItemRef, i.DueDate))
            .OrderBy(g => g.Key.DueDate)
            .ThenBy(g => schedules.FirstOrDefault(s => s.Code == g.Key.ItemRef)?.Position ?? int.MaxValue);
        foreach (var occurrence in reports)
        {
            var schedule = schedules.First(s => s.Code == occurrence.Key.ItemRef);
            var period = periods.First(p => p.ScheduleId == schedule.Id && p.DueDate == occurrence.Key.DueDate);
            var heading = PastDueTexts.ReportHeading(schedule.Title, period.Label);
            var rows = new List<PastDueCardRow>();
            foreach (var unit in occurrence.OrderBy(u => schedule.Submitters.ToList().IndexOf(u.UnitCode)))
            {
                var data = Data(plan.Code, unit);
                var name = unitNames.GetValueOrDefault(unit.UnitCode, unit.UnitCode);
                rows.Add(new PastDueCardRow(name, data, data));
                AddButtons(buttons, new MessageAction(PastDueTexts.SubmitButton(unit.UnitCode, period.Label), CardVerbs.PastDueSubmitted, Data(plan.Code, unit)),
                    new MessageAction(PastDueTexts.ChaseButton(unit.UnitCode + ", " + period.Label), CardVerbs.PastDueChase, Data(plan.Code, unit)));
            }

            groups.Add(new PastDueCardGroup(heading, PastDueTexts.ReportDetail(period.DueDate, rows.Count), rows));
            lines.Add(PastDueTexts.ReportLine(heading, period.DueDate, occurrence.Select(u => unitNames.GetValueOrDefault(u.UnitCode, u.UnitCode))));
        }

        var taskRows = new List<PastDueCardRow>();
        foreach (var item in items.Where(i => i.Subject == ReminderSubject.Task))
        {
            var task = tasks.First(t => t.Ref == item.ItemRef);
            var data = Data(plan.Code, item);
            taskRows.Add(new PastDueCardRow(PastDueTexts.TaskRow(task.Ref, task.Title, item.DueDate), null, data));
            lines.Add(PastDueTexts.TaskLine(task.Ref, task.Title, item.DueDate));
            AddButtons(buttons, new MessageAction(PastDueTexts.ChaseButton(CardTexts.TaskLabel(task.Ref)), CardVerbs.PastDueChase, Data(plan.Code, item)));
        }

        if (taskRows.Count > 0)
        {
            groups.Add(new PastDueCardGroup(PastDueTexts.TasksHeading, null, taskRows));
        }

        var summary = PastDueTexts.Summary(loadedOn, items.Count);
        var card = PastDueCard.Create(plan.Code, plan.Title, summary, PastDueTexts.Hint, groups, PastDueTexts.More);
        return new OutgoingMessage(PastDueTexts.Text(plan.Code, summary, lines), card, buttons);
    }

    /// <summary>What both buttons of a row carry: which item of which plan.</summary>
    public static JsonObject Data(string planCode, PastDueBaseline.Candidate item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new JsonObject
        {
            ["planCode"] = planCode,
            ["subject"] = item.Subject == ReminderSubject.Task ? "task" : "report",
            ["itemRef"] = item.ItemRef,
            ["unitCode"] = item.UnitCode,
            ["dueDate"] = item.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
    }

    private static void AddButtons(List<MessageAction> buttons, params MessageAction[] more)
    {
        if (buttons.Count + more.Length <= MaxButtons)
        {
            buttons.AddRange(more);
        }
    }
}
