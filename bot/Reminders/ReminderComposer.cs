using System.Text.Json.Nodes;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;

namespace ReformBot.Reminders;

/// <summary>
/// Turns the reminders of one outbox message, and the notices held for it, into what the officer reads, from the plans
/// as they are at sending time: items resolved since planning are left out, one item gets its full reminder card (a
/// notice alone goes as it was written), several get one digest card ordered by what costs most — points at stake,
/// then days overdue, then the nearest due date — with the notices last. A task reminder to someone who is not its
/// assignee is an escalation: it shows whose task it is, with a nudge button; a message of escalations only is the
/// overdue list of the person's staff.
/// </summary>
public sealed class ReminderComposer(ReminderPlanStates states, WorkingCalendar calendar, TimeProvider time)
{
    public Task<ReminderMessage> ComposeAsync(string officerId, IReadOnlyList<Reminder> reminders, CancellationToken cancellationToken) =>
        ComposeAsync(officerId, reminders, [], cancellationToken);

    public async Task<ReminderMessage> ComposeAsync(string officerId, IReadOnlyList<Reminder> reminders, IReadOnlyList<OutgoingMessage> notices, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        ArgumentNullException.ThrowIfNull(notices);
        var today = VietnamTime.Today(time);
        // The plans' state as stored now, read once for every message until it changes (one small query here).
        var state = await states.SnapshotAsync(cancellationToken);
        var included = new HashSet<long>();
        var items = new List<Item>();
        foreach (var group in reminders.GroupBy(r => (r.PlanId, r.Subject, r.ItemRef, r.UnitCode)).OrderBy(g => g.Min(r => r.DueAt)).ThenBy(g => g.Key.ItemRef, StringComparer.Ordinal))
        {
            if (!state.Plans.TryGetValue(group.Key.PlanId, out var plan))
            {
                continue;
            }

            // After downtime one item can have several stages in one message; the latest occurrence is the one that matters.
            var latest = group.OrderByDescending(r => r.Occurrence).ThenByDescending(r => r.DueAt).First();
            Item? item = group.Key.Subject == ReminderSubject.Task
                ? TaskItem(plan, state.Tasks.GetValueOrDefault((plan.Id, group.Key.ItemRef)), officerId, state, today)
                : ReportItem(plan, state.Reports.GetValueOrDefault((plan.Id, group.Key.ItemRef)), latest, state, today);
            if (item is null)
            {
                continue;
            }

            items.Add(item);
            included.UnionWith(group.Select(r => r.Id));
        }

        items = [.. items.OrderByDescending(i => i.Points).ThenByDescending(i => i.DaysOverdue).ThenBy(i => i.DueOn).ThenBy(i => i.Digest.Label, StringComparer.Ordinal)];
        var names = items.Select(i => i.Digest.Label).ToList();
        if (items.Count == 0 && notices.Count == 1)
        {
            return new ReminderMessage(notices[0], included, names);
        }

        if (notices.Count == 0 && items.Count > 1 && items.All(i => i.Overdue is not null))
        {
            // Only escalations (the weekly day of a unit head): the overdue list of their staff, with the nudge buttons.
            var overdue = OverdueListCard.Order(items.Select(i => i.Overdue!));
            return new ReminderMessage(
                OutgoingMessage.WithCard(ReminderTexts.DigestText(today, items.Select(i => ReminderTexts.Line(i.Digest.Label, i.Digest.Title, i.Digest.Detail))), OverdueListCard.Create(overdue, 1, today)),
                included,
                names);
        }

        items.AddRange(notices.Select(NoticeItem));
        return items.Count switch
        {
            0 => new ReminderMessage(null, included, names),
            1 when items[0].Card is { } card => new ReminderMessage(OutgoingMessage.WithCard(items[0].Text, card), included, names),
            _ => new ReminderMessage(
                OutgoingMessage.WithCard(ReminderTexts.DigestText(today, items.Select(i => ReminderTexts.Line(i.Digest.Label, i.Digest.Title, i.Digest.Detail))), ReminderDigestCard.Create(today, [.. items.Select(i => i.Digest)])),
                included,
                names),
        };
    }

    /// <summary>A held notice as one line of the day's digest, with a "seen" button.</summary>
    private static Item NoticeItem(OutgoingMessage notice)
    {
        var text = notice.Text.Split('\n', 2, StringSplitOptions.TrimEntries);
        var action = notice.Card?.Data["action"] is JsonObject a ? a.DeepClone().AsObject() : [];
        var label = notice.Card?.Template == CardNames.PlanChange ? ReminderTexts.PlanChangeLabel : ReminderTexts.NoticeLabel;
        var digest = new ReminderDigestItem(label, text[0], text.Length > 1 ? text[1] : string.Empty, "later", ReminderTexts.Seen, CardVerbs.PlanAck, action);
        return new Item(digest, ReminderTexts.Line(label, text[0], digest.Detail), notice.Card, 0, 0, DateOnly.MaxValue, null);
    }

    private Item? TaskItem(Plan plan, PlanTask? task, string officerId, PlanStateSnapshot state, DateOnly today)
    {
        if (task is null || task.State is TaskState.Done or TaskState.Cancelled)
        {
            return null;
        }

        var due = task.CurrentDeadline.ClosesOn;
        DateOnly? legal = due is DateOnly d ? calendar.LegalDueDate(d) : null;
        var detail = due is DateOnly closes ? ReminderTexts.Due(closes, CardTexts.DayPhrase(closes, today, legal)) : ReminderTexts.CheckIn(CardTexts.Status(task.State), task.Progress);
        var urgency = due is DateOnly c ? CardData.Urgency(CardTexts.EffectiveDue(c, today, legal), today) : "later";
        var action = CardData.TaskAction(plan.Code, task.Ref);
        var points = task.Score?.AtStake ?? 0;
        var daysOverdue = due is DateOnly o ? Math.Max(0, today.DayNumber - CardTexts.EffectiveDue(o, today, legal).DayNumber) : 0;
        var dueOn = due ?? DateOnly.MaxValue;
        if (task.IsAssignedTo(officerId))
        {
            var digest = new ReminderDigestItem(ReminderTexts.TaskLabel(task.Ref), task.Title, detail, urgency, ReminderTexts.Done(task.Ref), CardVerbs.TaskDone, action);
            return new Item(digest, ReminderTexts.TaskReminderText(task.Ref, task.Title, detail), TaskReminderCard.Create(plan, task, today, legal), points, daysOverdue, dueOn, null);
        }

        // An escalation: the head sees whose task it is and can nudge them.
        var assignee = task.AssigneeIds.Count > 0 ? task.AssigneeIds[0] : officerId;
        var names = string.Join(", ", task.AssigneeIds.Select(id => state.Officers.GetValueOrDefault((plan.Id, id))?.Name ?? id));
        var nudge = new JsonObject { ["officerId"] = assignee, ["tasks"] = new JsonArray(action) };
        var assigneeName = state.Officers.GetValueOrDefault((plan.Id, assignee))?.Name ?? assignee;
        var staff = new ReminderDigestItem(ReminderTexts.StaffTaskLabel(task.Ref, names), task.Title, detail, urgency, ReminderTexts.Nudge(assigneeName), CardVerbs.OverdueNudge, nudge);
        var unit = state.Officers.GetValueOrDefault((plan.Id, assignee))?.Unit;
        var overdue = due is null ? null : OverdueItem.Create(plan, task, assignee, assigneeName, unit, today, legal);
        return new Item(staff, ReminderTexts.Line(staff.Label, staff.Title, staff.Detail), null, points, daysOverdue, dueOn, overdue);
    }

    private Item? ReportItem(
        Plan plan, ReportSchedule? schedule, Reminder reminder, PlanStateSnapshot state, DateOnly today)
    {
        var period = schedule is null || schedule.IsCancelled ? null : state.Periods[schedule.Id].SingleOrDefault(p => p.DueDate == reminder.Occurrence);
        var submission = period is null ? null : state.Submissions[period.Id].SingleOrDefault(s => s.UnitCode == reminder.UnitCode);
        if (schedule is null || period is null || submission is null || submission.IsSubmitted)
        {
            return null;
        }

        var legal = calendar.LegalDueDate(period.DueDate);
        var recipient = state.Units.GetValueOrDefault((plan.Id, schedule.Recipient))?.Name ?? schedule.Recipient;
        var detail = ReminderTexts.ReportDue(period.DueDate, CardTexts.DayPhrase(period.DueDate, today, legal), recipient);
        var card = ReportReminderCard.Create(plan, schedule, period, today, submission.UnitCode, recipient, legal);
        var label = ReminderTexts.ReportLabel(period.Label);
        var digest = new ReminderDigestItem(
            label, schedule.Title, detail, CardData.Urgency(CardTexts.EffectiveDue(period.DueDate, today, legal), today), ReminderTexts.Submitted, CardVerbs.ReportSubmitted,
            card.Data["action"]!.AsObject().DeepClone().AsObject());
        var daysOverdue = Math.Max(0, today.DayNumber - CardTexts.EffectiveDue(period.DueDate, today, legal).DayNumber);
        return new Item(digest, ReminderTexts.ReportReminderText(label, detail), card, 0, daysOverdue, period.DueDate, null);
    }

    /// <param name="Overdue">For an escalation of a staff member's task: the line of the overdue list.</param>
    private sealed record Item(ReminderDigestItem Digest, string Text, CardContent? Card, decimal Points, int DaysOverdue, DateOnly DueOn, OverdueItem? Overdue);
}
