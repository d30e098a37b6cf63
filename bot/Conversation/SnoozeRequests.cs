using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Calendar;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Reminders;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// "Nhắc lại sau 2 ngày": puts off the reminders of one task or report until the asked time, never past its deadline.
/// The item is the one named, else the reminder being answered, else the person's only open task.
/// </summary>
public sealed class SnoozeRequests(
    ReformBotDbContext db, TaskResolver resolver, RecentReminders recent, Snoozes snoozes, WorkingCalendar calendar, IOptions<ReminderOptions> options, TimeProvider time)
{
    public async Task<ConversationReply> SnoozeAsync(Sender sender, IncomingMessage message, IntentSlots slots, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(slots);
        if (Until(slots.Date, slots.Duration) is not { } until)
        {
            return ConversationReply.WithText(ConversationTexts.SnoozeWhen);
        }

        if (slots.TaskRef is null && await recent.FindAsync(sender.OfficerId, message, cancellationToken) is { } item)
        {
            return item.Subject == ReminderSubject.Task
                ? await SnoozeTaskAsync(sender, item.PlanCode, item.ItemRef, until, cancellationToken)
                : await SnoozeReportAsync(sender, item.PlanCode, item.ItemRef, item.Occurrence, item.UnitCode, until, cancellationToken);
        }

        return await SnoozeTaskAsync(sender, null, slots.TaskRef, until, cancellationToken);
    }

    /// <summary>The snooze buttons of the reminder cards: <paramref name="days"/> from today, in the morning.</summary>
    public Task<ConversationReply> SnoozeTaskAsync(Sender sender, string? planCode, string? taskRef, int days, CancellationToken cancellationToken) =>
        days is < 1 or > 60
            ? Task.FromResult(ConversationReply.WithText(ConversationTexts.SnoozeWhen))
            : SnoozeTaskAsync(sender, planCode, taskRef, Morning(VietnamTime.Today(time).AddDays(days)), cancellationToken);

    public Task<ConversationReply> SnoozeReportAsync(
        Sender sender, string? planCode, string? reportCode, DateOnly? dueDate, string? unitCode, int days, CancellationToken cancellationToken) =>
        days is < 1 or > 60 || planCode is null || reportCode is null || dueDate is null
            ? Task.FromResult(ConversationReply.WithText(ConversationTexts.SnoozeWhen))
            : SnoozeReportAsync(sender, planCode, reportCode, dueDate.Value, unitCode, Morning(VietnamTime.Today(time).AddDays(days)), cancellationToken);

    /// <summary>A day asked for means that day at the hour reminders go out.</summary>
    private DateTimeOffset Morning(DateOnly day) => VietnamTime.ToUtc(day, options.Value.Policy.At);

    private DateTimeOffset? Until(DateOnly? date, TimeSpan? duration) => (date, duration) switch
    {
        ({ } day, _) => Morning(day),
        (null, { } wait) when wait >= TimeSpan.FromDays(1) => Morning(VietnamTime.Today(time).AddDays((int)wait.TotalDays)),
        (null, { } wait) when wait > TimeSpan.Zero => time.GetUtcNow() + wait,
        _ => null,
    };

    private async Task<ConversationReply> SnoozeTaskAsync(Sender sender, string? planCode, string? taskRef, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(sender, planCode, taskRef, cancellationToken);
        switch (resolution.Outcome)
        {
            case TaskResolutionOutcome.Found:
                var task = resolution.Task!;
                var last = task.CurrentDeadline.ClosesOn is { } closes ? calendar.LegalDueDate(closes) : (DateOnly?)null;
                var (outcome, at) = await snoozes.SnoozeAsync(sender.OfficerId, resolution.PlanCode!, ReminderSubject.Task, task.Ref, null, last, until, cancellationToken);
                return ConversationReply.WithText(ConversationTexts.Snoozed(outcome, ConversationTexts.TaskName(task.Ref), at, last));
            case TaskResolutionOutcome.Ambiguous:
                return ConversationReply.WithText(ConversationTexts.SnoozeWhich);
            case TaskResolutionOutcome.NotAssigned:
                return ConversationReply.WithText(ConversationTexts.UpdateProblem(TaskUpdateOutcome.NotAssigned)!);
            case TaskResolutionOutcome.NotFound:
                return ConversationReply.WithText(ConversationTexts.TaskNotFound(taskRef));
            default:
                return ConversationReply.WithText(ConversationTexts.NoOpenTask);
        }
    }

    private async Task<ConversationReply> SnoozeReportAsync(
        Sender sender, string planCode, string reportCode, DateOnly dueDate, string? unitCode, DateTimeOffset until, CancellationToken cancellationToken)
    {
        // Only people of the unit that owes the report put its reminders off.
        var membership = sender.Memberships.FirstOrDefault(m => m.PlanCode == planCode && (unitCode is null || m.Unit == unitCode));
        var schedule = membership is null ? null
            : await db.ReportSchedules.AsNoTracking().SingleOrDefaultAsync(s => s.PlanId == membership.PlanId && s.Code == reportCode && !s.IsCancelled, cancellationToken);
        if (membership is null || schedule is null)
        {
            return ConversationReply.WithText(ConversationTexts.ReportNotYours);
        }

        var last = calendar.LegalDueDate(dueDate);
        var (outcome, at) = await snoozes.SnoozeAsync(sender.OfficerId, planCode, ReminderSubject.Report, reportCode, unitCode ?? membership.Unit, last, until, cancellationToken);
        return ConversationReply.WithText(ConversationTexts.Snoozed(outcome, ConversationTexts.ReportName(schedule.Title), at, last));
    }
}
