using System.Text.Json.Nodes;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Cards;

/// <summary>The reminder of one report period owed by a unit, with "submitted" and "snooze" buttons.</summary>
public static class ReportReminderCard
{
    /// <param name="unitCode">The submitting unit the reminder is for (carried back by the buttons).</param>
    /// <param name="recipientName">The unit's name the report goes to; the schedule's unit code when not given.</param>
    /// <param name="legalDueDate">When the due day is a weekend or holiday: the next working day.</param>
    public static CardContent Create(
        Plan plan, ReportSchedule schedule, ReportPeriod period, DateOnly today,
        string? unitCode = null, string? recipientName = null, DateOnly? legalDueDate = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(schedule);
        ArgumentNullException.ThrowIfNull(period);
        var effective = CardTexts.EffectiveDue(period.DueDate, today, legalDueDate);
        var window = CardTexts.Window(period.WindowStart, period.WindowEnd);
        var data = new JsonObject
        {
            ["planCode"] = plan.Code,
            ["reportCode"] = schedule.Code,
            ["reportTitle"] = schedule.Title,
            ["periodLabel"] = period.Label,
            ["window"] = window.Length == 0 ? null : window,
            ["dueDate"] = CardTexts.Date(period.DueDate),
            ["dayPhrase"] = CardTexts.DayPhrase(period.DueDate, today, legalDueDate),
            ["urgency"] = CardData.Urgency(effective, today),
            ["legalDueDate"] = legalDueDate is DateOnly legal && legal > period.DueDate ? CardTexts.Date(legal) : null,
            ["recipient"] = recipientName ?? schedule.Recipient,
            ["snoozeChoices"] = CardData.SnoozeChoices(today, legalDueDate is DateOnly l && l > period.DueDate ? l : period.DueDate),
            ["action"] = new JsonObject
            {
                ["planCode"] = plan.Code,
                ["reportCode"] = schedule.Code,
                ["dueDate"] = CardTexts.IsoDate(period.DueDate),
                ["unitCode"] = unitCode,
            },
        };
        return new CardContent(CardNames.ReportReminder, data)
        {
            Summary = CardTexts.Summary(CardTexts.ReportReminderSummary(period.Label, (string)data["dayPhrase"]!)),
        };
    }
}
