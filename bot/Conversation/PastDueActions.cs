using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// The two buttons of the coordinators' list of items already overdue at import: "Nhắc tiếp" puts one item back among
/// those the bot chases, "Đã nộp" records a unit's report of that period as sent. Only a coordinator of the plan can
/// press them, and only for an item of that list; anything else is refused with nothing changed.
/// </summary>
public sealed class PastDueActions(ReformBotDbContext db, AuditLog audit, TimeProvider time)
{
    public async Task<ConversationReply> HandleAsync(Sender sender, string verb, JsonObject data, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(data);
        if (!TryRead(data, out var planCode, out var subject, out var itemRef, out var unitCode, out var due))
        {
            return ConversationReply.WithText(PastDueTexts.InvalidAction);
        }

        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == planCode, cancellationToken);
        if (plan is null)
        {
            return ConversationReply.WithText(PastDueTexts.NoSuchPlan(planCode));
        }

        if (!sender.Has(OfficerRole.Coordinator, plan.Id))
        {
            audit.Record(sender.OfficerId, channel, AuditActions.Refusal, planCode, $"{verb}: not a coordinator of the plan");
            await db.SaveChangesAsync(cancellationToken);
            return ConversationReply.WithText(PastDueTexts.NotCoordinator(planCode));
        }

        var item = await db.PastDueItems.SingleOrDefaultAsync(
            i => i.PlanId == plan.Id && i.Subject == subject && i.ItemRef == itemRef && i.UnitCode == unitCode && i.DueDate == due, cancellationToken);
        if (item is null)
        {
            return ConversationReply.WithText(PastDueTexts.NotInList(planCode));
        }

        return verb == CardVerbs.PastDueChase
            ? await ChaseAsync(sender, plan, item, channel, cancellationToken)
            : await SubmittedAsync(sender, plan, item, channel, cancellationToken);
    }

    private async Task<ConversationReply> ChaseAsync(Sender sender, Plan plan, PastDueItem item, string channel, CancellationToken cancellationToken)
    {
        var what = await DescribeAsync(plan, item, cancellationToken);
        if (!item.IsLeftAlone)
        {
            return ConversationReply.WithText(PastDueTexts.AlreadyChased(what));
        }

        item.StartChasing(sender.OfficerId, time.GetUtcNow());
        audit.Record(sender.OfficerId, channel, AuditActions.PastDueChase, Subject(plan, item), Details(item));
        await db.SaveChangesAsync(cancellationToken);
        return ConversationReply.WithText(PastDueTexts.Chasing(what));
    }

    private async Task<ConversationReply> SubmittedAsync(Sender sender, Plan plan, PastDueItem item, string channel, CancellationToken cancellationToken)
    {
        if (item.Subject != ReminderSubject.Report)
        {
            return ConversationReply.WithText(PastDueTexts.TaskCannotBeSubmitted);
        }

        var submission = await (
            from s in db.ReportSubmissions
            join p in db.ReportPeriods on s.PeriodId equals p.Id
            join r in db.ReportSchedules on p.ScheduleId equals r.Id
            where r.PlanId == plan.Id && r.Code == item.ItemRef && p.DueDate == item.DueDate && s.UnitCode == item.UnitCode
            select s).SingleOrDefaultAsync(cancellationToken);
        var what = await DescribeAsync(plan, item, cancellationToken);
        if (submission is null)
        {
            return ConversationReply.WithText(PastDueTexts.NotInList(plan.Code));
        }

        if (submission.IsSubmitted)
        {
            return ConversationReply.WithText(PastDueTexts.AlreadySubmitted(what));
        }

        submission.MarkSubmitted(sender.OfficerId, channel, null, time.GetUtcNow());
        audit.Record(sender.OfficerId, channel, AuditActions.PastDueSubmitted, Subject(plan, item), Details(item));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone of the unit recorded it at the same moment (SubmittedAt is a concurrency token): theirs stands.
            db.ChangeTracker.Clear();
            return ConversationReply.WithText(PastDueTexts.AlreadySubmitted(what));
        }

        return ConversationReply.WithText(PastDueTexts.Submitted(what));
    }

    private async Task<string> DescribeAsync(Plan plan, PastDueItem item, CancellationToken cancellationToken)
    {
        if (item.Subject == ReminderSubject.Task)
        {
            return PastDueTexts.TaskWhat(item.ItemRef);
        }

        var report = await (
            from p in db.ReportPeriods.AsNoTracking()
            join r in db.ReportSchedules.AsNoTracking() on p.ScheduleId equals r.Id
            where r.PlanId == plan.Id && r.Code == item.ItemRef && p.DueDate == item.DueDate
            select new { r.Title, p.Label }).FirstOrDefaultAsync(cancellationToken);
        var unit = await db.Units.AsNoTracking().Where(u => u.PlanId == plan.Id && u.Code == item.UnitCode).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        return PastDueTexts.ReportWhat(report?.Title ?? item.ItemRef, report?.Label ?? item.DueDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), unit ?? item.UnitCode);
    }

    private static string Subject(Plan plan, PastDueItem item) => AuditActions.TaskSubject(plan.Code, item.ItemRef);

    private static string Details(PastDueItem item) =>
        string.Create(CultureInfo.InvariantCulture, $"{item.Subject} {item.ItemRef} {item.UnitCode} due {item.DueDate:yyyy-MM-dd}").Replace("  ", " ", StringComparison.Ordinal);

    private static bool TryRead(JsonObject data, out string planCode, out ReminderSubject subject, out string itemRef, out string unitCode, out DateOnly due)
    {
        planCode = Text(data, "planCode") ?? string.Empty;
        itemRef = Text(data, "itemRef") ?? string.Empty;
        unitCode = Text(data, "unitCode") ?? string.Empty;
        subject = Text(data, "subject") == "task" ? ReminderSubject.Task : ReminderSubject.Report;
        var validSubject = Text(data, "subject") is "task" or "report";
        var validDue = DateOnly.TryParseExact(Text(data, "dueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out due);
        return validSubject && validDue && planCode.Length is > 0 and <= 100 && itemRef.Length is > 0 and <= 100 && unitCode.Length <= 100
            && (subject == ReminderSubject.Task ? unitCode.Length == 0 : unitCode.Length > 0);
    }

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
