using ReformBot.Absences;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Conversation.Confirmation;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Reminders;

namespace ReformBot.Conversation;

/// <summary>
/// "Em đi công tác đến 10/12" and "tôi đã đi làm lại"; "không cần nhắc việc này nữa". An absence and a stop are always
/// confirmed first, with the dates or the item spelled out; only "Đúng" records them.
/// </summary>
public sealed class AwayRequests(
    AbsenceRegister register, ReminderStops stops, RecentReminders recent, ConversationTokens tokens, WorkingCalendar calendar, TimeProvider time)
{
    public async Task<ConversationReply> AwayAsync(Sender sender, IncomingMessage message, RecognizedIntent recognized, bool confirmed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(recognized);
        var slot = recognized.Slots.Away ?? new AwaySlot(AbsenceReason.Other, null, null, null);
        var (from, until) = Dates(slot);
        switch (register.Check(from, until))
        {
            case AbsenceDatesProblem.Missing or AbsenceDatesProblem.EndsBeforeStart:
                return ConversationReply.WithText(AbsenceTexts.AskWhen);
            case AbsenceDatesProblem.InPast:
                return ConversationReply.WithText(AbsenceTexts.InPast);
            case AbsenceDatesProblem.TooLong:
                return ConversationReply.WithText(AbsenceTexts.TooLong);
        }

        if (!confirmed)
        {
            var exact = recognized with { Slots = IntentSlots.None with { Away = slot with { From = from, Until = until, Duration = null } } };
            return await AskAsync(sender, message, exact, AbsenceTexts.Question(slot.Reason, from!.Value, until!.Value), cancellationToken);
        }

        var recorded = await register.RecordAsync(sender.OfficerId, from!.Value, until!.Value, slot.Reason, sender.OfficerId, message.Channel, cancellationToken);
        return ConversationReply.WithText(AbsenceTexts.Recorded(slot.Reason, from.Value, until.Value, recorded.BackOn, recorded.HeadsTold));
    }

    public async Task<ConversationReply> BackAsync(Sender sender, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        var (ended, released) = await register.EndAsync(sender.OfficerId, sender.OfficerId, message.Channel, cancellationToken);
        return ConversationReply.WithText(ended is null ? AbsenceTexts.NotAway : AbsenceTexts.Back(released));
    }

    /// <summary>The item is not named: the reminder being answered says which, when it was about one item.</summary>
    public async Task<ConversationReply?> AskStopForReplyAsync(Sender sender, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        if (await recent.FindAsync(sender.OfficerId, message, cancellationToken) is not { } item)
        {
            return null;
        }

        var slot = item.Subject == ReminderSubject.Task
            ? new StopSlot(item.PlanCode, item.ItemRef, ConversationTexts.TaskName(item.ItemRef))
            : new StopSlot(item.PlanCode, item.ItemRef, "báo cáo " + item.ItemRef, item.UnitCode ?? string.Empty);
        return await AskStopAsync(sender, message, slot, cancellationToken);
    }

    public Task<ConversationReply> AskStopAsync(Sender sender, IncomingMessage message, StopSlot slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var pending = new RecognizedIntent(IntentKind.StopReminders, IntentSlots.None with { Stop = slot }, 1);
        return AskAsync(sender, message, pending, StopTexts.Question(slot.Name), cancellationToken);
    }

    public async Task<ConversationReply> StopAsync(Sender sender, IncomingMessage message, StopSlot? slot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        if (slot is null || !sender.Memberships.Any(m => m.PlanCode == slot.PlanCode))
        {
            return ConversationReply.WithText(ConfirmationTexts.Expired);
        }

        var subject = slot.ReportUnit is null ? ReminderSubject.Task : ReminderSubject.Report;
        await stops.StopAsync(sender.OfficerId, slot.PlanCode, subject, slot.ItemRef, slot.ReportUnit is { Length: > 0 } unit ? unit : null, sender.OfficerId, message.Channel, cancellationToken);
        return ConversationReply.WithText(StopTexts.Stopped(slot.Name));
    }

    private async Task<ConversationReply> AskAsync(Sender sender, IncomingMessage message, RecognizedIntent pending, string question, CancellationToken cancellationToken)
    {
        var token = await tokens.IssueAsync(ConversationTokenKind.Confirm, sender.OfficerId, message.Channel, PendingIntent.From(pending, message.Text).ToJson(), cancellationToken);
        var ask = new OutgoingMessage(question, IntentConfirmCard.Create(question, message.Text, token), IntentConfirmCard.Buttons(token));
        return new ConversationReply(null, [ask]);
    }

    /// <summary>
    /// The days the words mean: from today unless said; "n ngày" are n working days from then, "n tuần" n whole weeks;
    /// an end on a day off ("tuần này": to Sunday) is the last working day before it.
    /// </summary>
    private (DateOnly? From, DateOnly? Until) Dates(AwaySlot slot)
    {
        var today = VietnamTime.Today(time);
        var from = slot.From is { } f && f > today ? f : today;
        var until = slot.Until;
        if (until is null && slot.Duration is { TotalDays: >= 1 } duration)
        {
            var days = (int)Math.Min(duration.TotalDays, AbsenceRegister.MaxDays);
            if (days % 7 == 0)
            {
                until = from.AddDays(days - 1);
            }
            else
            {
                var day = calendar.WorkingDayOnOrAfter(from);
                for (var n = 1; n < days; n++)
                {
                    day = calendar.NextWorkingDay(day);
                }

                until = day;
            }
        }

        if (until is { } end && calendar.IsDayOff(end) && calendar.WorkingDayOnOrBefore(end) is var last && last >= from)
        {
            until = last;
        }

        return (from, until);
    }
}
