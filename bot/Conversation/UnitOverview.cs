using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ReformBot.Absences;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// What unit heads and coordinators ask about: overdue tasks, tasks due soon, progress counts and missing reports.
/// A unit head sees their unit and the units below it; a coordinator sees the whole plan; nobody else sees these lists.
/// </summary>
public sealed class UnitOverview(ReformBotDbContext db, WorkingCalendar calendar, AbsenceRegister absences, TimeProvider time)
{
    /// <summary>How far ahead "sắp đến hạn" looks.</summary>
    public const int DueSoonDays = 7;

    public async Task<ConversationReply> OverdueAsync(Sender sender, string? unit, int page, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(sender, unit, cancellationToken);
        if (scope.Refusal is { } refusal)
        {
            return ConversationReply.WithText(refusal);
        }

        var today = VietnamTime.Today(time);
        var items = new List<OverdueItem>();
        foreach (var plan in scope.Plans)
        {
            foreach (var task in plan.OpenTasks)
            {
                if (task.CurrentDeadline.ClosesOn is not { } due || calendar.LegalDueDate(due) >= today)
                {
                    continue;
                }

                foreach (var officer in plan.AssigneesInScope(task))
                {
                    items.Add(OverdueItem.Create(plan.Plan, task, officer.OfficerId, officer.Name, plan.UnitName(officer.Unit), today, calendar.LegalDueDate(due)));
                }
            }
        }

        if (items.Count == 0)
        {
            return ConversationReply.WithText(OverviewTexts.NoOverdue(scope.Name));
        }

        // Someone away is marked, so the head does not chase them: "Chuyên viên 1 (đang nghỉ đến 10/12)".
        var away = await absences.AwayNowAsync([.. items.Select(i => i.OfficerId)], cancellationToken);
        items = [.. items.Select(i => away.TryGetValue(i.OfficerId, out var until) ? i with { OfficerName = $"{i.OfficerName} ({AbsenceTexts.AwayMark(until)})" } : i)];

        var pages = OverdueListCard.Pages(items).Count;
        page = Math.Clamp(page, 1, pages);
        var card = OverdueListCard.Create(items, page, today, scope.Name, new JsonObject { ["unit"] = unit });
        return new ConversationReply(null, [OutgoingMessage.WithCard(OverviewTexts.Overdue(items.Select(i => (i.PlanCode, i.TaskRef)).Distinct().Count(), scope.Name, page, pages), card)]);
    }

    public async Task<ConversationReply> DueSoonAsync(Sender sender, string? unit, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(sender, unit, cancellationToken);
        if (scope.Refusal is { } refusal)
        {
            return ConversationReply.WithText(refusal);
        }

        var today = VietnamTime.Today(time);
        var lines = scope.Plans
            .SelectMany(plan => plan.OpenTasks.Where(plan.InScope).Select(task => (plan, task, due: task.CurrentDeadline.ClosesOn)))
            .Where(x => x.due is { } d && calendar.LegalDueDate(d) >= today && d.DayNumber - today.DayNumber <= DueSoonDays)
            .OrderBy(x => x.due)
            .ThenByDescending(x => x.task.Score?.AtStake ?? 0)
            .Select(x => OverviewTexts.DueSoonLine(x.task.Ref, x.task.Title, x.due!.Value, today, x.plan.AssigneeNames(x.task)))
            .ToList();
        return ConversationReply.WithText(OverviewTexts.DueSoon(lines, scope.Name));
    }

    public async Task<ConversationReply> SummaryAsync(Sender sender, string? unit, ReformIndex? index, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(sender, unit, cancellationToken);
        if (scope.Refusal is { } refusal)
        {
            return ConversationReply.WithText(refusal);
        }

        var today = VietnamTime.Today(time);
        var tasks = scope.Plans
            .SelectMany(plan => plan.Tasks.Where(t => t.State != TaskState.Cancelled && plan.InScope(t)))
            .Where(t => index is null || t.Index == index)
            .ToList();
        var overdue = tasks.Count(t => t.State != TaskState.Done && t.CurrentDeadline.ClosesOn is { } due && calendar.LegalDueDate(due) < today);
        var byState = tasks.GroupBy(t => t.State).ToDictionary(g => g.Key, g => g.Count());
        var byIndex = tasks.GroupBy(t => t.Index)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, Done: g.Count(t => t.State == TaskState.Done), Total: g.Count()))
            .ToList();
        return ConversationReply.WithText(OverviewTexts.Summary(scope.Name, index, tasks.Count, byState, overdue, byIndex));
    }

    public async Task<ConversationReply> MissingReportsAsync(Sender sender, string? unit, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(sender, unit, cancellationToken);
        if (scope.Refusal is { } refusal)
        {
            return ConversationReply.WithText(refusal);
        }

        var today = VietnamTime.Today(time);
        var lines = new List<string>();
        foreach (var plan in scope.Plans)
        {
            var schedules = await db.ReportSchedules.AsNoTracking()
                .Where(s => s.PlanId == plan.Plan.Id && !s.IsCancelled)
                .OrderBy(s => s.Position)
                .ToListAsync(cancellationToken);
            foreach (var schedule in schedules)
            {
                // The current occurrence is the one most recently due; before the first one, the next one.
                var periods = await db.ReportPeriods.AsNoTracking().Where(p => p.ScheduleId == schedule.Id).ToListAsync(cancellationToken);
                var current = periods.Where(p => p.DueDate <= today).MaxBy(p => p.DueDate) ?? periods.MinBy(p => p.DueDate);
                if (current is null)
                {
                    continue;
                }

                var missing = await db.ReportSubmissions.AsNoTracking()
                    .Where(s => s.PeriodId == current.Id && s.SubmittedAt == null)
                    .Select(s => s.UnitCode)
                    .ToListAsync(cancellationToken);
                var names = missing.Where(plan.Units.Contains).Select(plan.UnitName).OfType<string>().ToList();
                lines.Add(OverviewTexts.MissingReportLine(schedule.Title, current.Label, current.DueDate, today, names));
            }
        }

        return ConversationReply.WithText(OverviewTexts.MissingReports(lines, scope.Name));
    }

    /// <summary>
    /// Who "nhắc CV Nội vụ 1" (or a nudge button) means, within the units this head may see, and their overdue tasks
    /// there; only the tasks a button carried when it names them.
    /// </summary>
    public async Task<NudgeTarget> FindNudgeTargetAsync(
        Sender sender, string? officerId, string? officerName, IReadOnlyCollection<string>? taskRefs, CancellationToken cancellationToken)
    {
        var scope = await ScopeAsync(sender, null, cancellationToken);
        if (scope.Refusal is { } refusal)
        {
            return new NudgeTarget(null, null, null, [], refusal);
        }

        var wanted = officerName is null ? null : VietnameseText.Fold(officerName);
        var today = VietnamTime.Today(time);
        foreach (var plan in scope.Plans)
        {
            var officer = plan.AllOfficers.FirstOrDefault(o => plan.Units.Contains(o.Unit)
                && (officerId is not null ? o.OfficerId == officerId : VietnameseText.Fold(o.Name).Contains(wanted!, StringComparison.Ordinal) || o.OfficerId == officerName));
            if (officer is null)
            {
                continue;
            }

            var tasks = plan.OpenTasks
                .Where(t => t.IsAssignedTo(officer.OfficerId) && (taskRefs is null || taskRefs.Contains(t.Ref)))
                .Where(t => t.CurrentDeadline.ClosesOn is { } due && calendar.LegalDueDate(due) < today)
                .Select(t => (t.Ref, t.Title, t.CurrentDeadline.ClosesOn!.Value))
                .ToList();
            return new NudgeTarget(officer.OfficerId, officer.Name, plan.Plan.Code, tasks, null);
        }

        return new NudgeTarget(null, null, null, [], null);
    }

    /// <summary>The plans and units this person may look at, narrowed to the unit they named.</summary>
    private async Task<OverviewScope> ScopeAsync(Sender sender, string? unitName, CancellationToken cancellationToken)
    {
        var memberships = sender.Memberships.Where(m => m.Has(OfficerRole.UnitHead) || m.Has(OfficerRole.Coordinator)).ToList();
        if (memberships.Count == 0)
        {
            return OverviewScope.Refused(OverviewTexts.NotAllowed);
        }

        var plans = new List<PlanView>();
        foreach (var membership in memberships)
        {
            var view = await PlanView.LoadAsync(db, membership.PlanId, cancellationToken);
            plans.Add(membership.Has(OfficerRole.Coordinator) ? view : view.Within(view.Tree.Subtree(membership.Unit)));
        }

        if (unitName is null)
        {
            var name = plans.Count == 1 ? plans[0].ScopeName : null;
            return new OverviewScope(plans, name, null);
        }

        var wanted = VietnameseText.Fold(unitName);
        var narrowed = new List<PlanView>();
        string? found = null;
        foreach (var plan in plans)
        {
            var match = plan.AllUnits.FirstOrDefault(u => string.Equals(u.Code, unitName, StringComparison.OrdinalIgnoreCase))
                ?? plan.AllUnits.FirstOrDefault(u => VietnameseText.Fold(u.Name).Contains(wanted, StringComparison.Ordinal));
            if (match is null)
            {
                continue;
            }

            found = match.Name;
            if (plan.Units.Contains(match.Code))
            {
                narrowed.Add(plan.Within(plan.Tree.Subtree(match.Code)));
            }
        }

        return found is null
            ? OverviewScope.Refused(OverviewTexts.UnknownUnit(unitName))
            : narrowed.Count == 0
                ? OverviewScope.Refused(OverviewTexts.OutsideScope(found))
                : new OverviewScope(narrowed, found, null);
    }
}
