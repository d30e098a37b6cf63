using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Calendar;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Progress;

/// <summary>
/// Builds progress workbooks and report drafts for the admin API, the command line and chat, after checking the plan,
/// the unit (within what the asker may see: a coordinator the whole plan, a head their subtree), the date and the report
/// occurrence. Every file built is written to the audit log.
/// </summary>
internal sealed class ProgressExports(ReformBotDbContext db, ProgressSnapshotBuilder builder, AuditLog audit, TimeProvider time)
{
    public async Task<ExportResult> WorkbookAsync(ExportRequest request, Sender? asker, string actor, string? channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (view, refusal) = await ScopeAsync(request, asker, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var at = request.At ?? VietnamTime.Today(time);
        if (CheckDate(view!, at) is { } bad)
        {
            return bad;
        }

        var snapshot = await builder.BuildAsync(view!, view!.ScopeCode, at, cancellationToken);
        var content = ProgressWorkbook.Write(snapshot, ProgressChart.Render(snapshot.Units));
        var file = new ExportFile(ProgressTexts.FileName(view!.Plan.Code, "tien-do", at, "xlsx"), ProgressWorkbook.ContentType, content);
        await AuditAsync(actor, channel, AuditActions.ProgressExport, view.Plan.Code, $"unit={view.ScopeCode ?? "*"}; at={CardTexts.IsoDate(at)}; bytes={content.Length}", cancellationToken);
        return new ExportResult(file, null, null, null, view.ScopeCode, at);
    }

    public async Task<ExportResult> DraftAsync(ExportRequest request, Sender? asker, string actor, string? channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (view, refusal) = await ScopeAsync(request, asker, cancellationToken);
        if (refusal is not null)
        {
            return refusal;
        }

        var schedule = await db.ReportSchedules.AsNoTracking()
            .Where(s => s.PlanId == view!.Plan.Id && !s.IsCancelled).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var report = schedule.FirstOrDefault(s => string.Equals(s.Code, request.Report, StringComparison.OrdinalIgnoreCase));
        if (report is null)
        {
            return ExportResult.Refused(ExportFailure.ReportNotFound, $"Plan '{view!.Plan.Code}' has no report schedule '{request.Report}'.", ProgressTexts.NoSuchReport(request.Report));
        }

        var periods = await db.ReportPeriods.AsNoTracking().Where(p => p.ScheduleId == report.Id).OrderBy(p => p.DueDate).ToListAsync(cancellationToken);
        var period = Find(periods, request.Occurrence);
        if (period is null)
        {
            return ExportResult.Refused(
                ExportFailure.OccurrenceNotFound,
                $"Report '{report.Code}' has no occurrence '{request.Occurrence}'; name it by its due date (yyyy-MM-dd), yyyy-MM or yyyy-Qn.",
                ProgressTexts.NoSuchReport(request.Occurrence));
        }

        var today = VietnamTime.Today(time);
        var windowEnd = period.WindowEnd ?? period.DueDate.AddDays(-1);
        var at = windowEnd < today ? windowEnd : today;
        if (period.WindowStart is { } start && start > today || CheckDate(view!, at) is not null)
        {
            return ExportResult.Refused(
                ExportFailure.DateOutsidePlan, $"The occurrence due {CardTexts.IsoDate(period.DueDate)} has no data yet or lies outside the plan.",
                ProgressTexts.NoSuchReport(period.Label));
        }

        var snapshot = await builder.BuildAsync(view!, view!.ScopeCode, at, cancellationToken);
        var next = periods.FirstOrDefault(p => p.DueDate > period.DueDate);
        var nextEnd = next?.WindowEnd ?? next?.DueDate ?? at.AddDays(30);
        var from = period.WindowStart is { } ws ? VietnamTime.ToUtc(ws, TimeOnly.MinValue) : DateTimeOffset.MinValue;
        var data = new ReportDraftData(
            snapshot, report.Title, period.Label, period.DueDate, period.WindowStart, at, view!.UnitName(view.Plan.Issuer),
            next?.Label,
            [.. snapshot.Tasks.Where(t => t.State != TaskState.Done && t.DueDate is { } d && d > at && d <= nextEnd)],
            snapshot.Tasks.Count(t => t.DoneAt is { } done && done >= from));
        var content = ReportDraft.Write(data, ProgressChart.Render(snapshot.Units));
        var file = new ExportFile(ProgressTexts.FileName(view.Plan.Code, "du-thao-" + ProgressTexts.Slug(VietnameseText.Fold(period.Label)), period.DueDate, "docx"), ReportDraft.ContentType, content);
        await AuditAsync(actor, channel, AuditActions.ReportDraft, view.Plan.Code, $"report={report.Code}; due={CardTexts.IsoDate(period.DueDate)}; unit={view.ScopeCode ?? "*"}; bytes={content.Length}", cancellationToken);
        return new ExportResult(file, null, null, null, view.ScopeCode, at);
    }

    /// <summary>An occurrence by its due date (2024-12-15), its data month (2024-11) or quarter (2024-Q4), or its label.</summary>
    internal static ReportPeriod? Find(IReadOnlyList<ReportPeriod> periods, string? occurrence)
    {
        if (string.IsNullOrWhiteSpace(occurrence))
        {
            return null;
        }

        var text = occurrence.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            return periods.FirstOrDefault(p => p.DueDate == due);
        }

        string[] quarters = ["I", "II", "III", "IV"];
        var parts = text.Split('-');
        if (parts.Length == 2 && int.TryParse(parts[0], CultureInfo.InvariantCulture, out var year))
        {
            if (parts[1].Length == 2 && (parts[1][0] is 'Q' or 'q') && int.TryParse(parts[1][1..], CultureInfo.InvariantCulture, out var q) && q is >= 1 and <= 4)
            {
                return periods.FirstOrDefault(p => p.Label == $"Quý {quarters[q - 1]}/{year}");
            }

            if (int.TryParse(parts[1], CultureInfo.InvariantCulture, out var month))
            {
                return periods.FirstOrDefault(p => p.Label == $"Tháng {month}/{year}");
            }
        }

        var folded = VietnameseText.Fold(text);
        return periods.FirstOrDefault(p => VietnameseText.Fold(p.Label) == folded);
    }

    private async Task<(PlanView? View, ExportResult? Refusal)> ScopeAsync(ExportRequest request, Sender? asker, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == request.PlanCode, cancellationToken);
        if (plan is null)
        {
            return (null, ExportResult.Refused(ExportFailure.PlanNotFound, $"There is no plan with code '{request.PlanCode}'.", ProgressTexts.UnknownPlan(request.PlanCode)));
        }

        var view = await PlanView.LoadAsync(db, plan.Id, cancellationToken);
        if (asker is not null)
        {
            var memberships = asker.Memberships.Where(m => m.PlanId == plan.Id && (m.Has(OfficerRole.Coordinator) || m.Has(OfficerRole.UnitHead))).ToList();
            if (memberships.Count == 0)
            {
                return (null, ExportResult.Refused(ExportFailure.NotAllowed, $"{asker.OfficerId} is neither a coordinator nor a unit head of '{plan.Code}'.", ProgressTexts.NotAllowed));
            }

            if (!memberships.Any(m => m.Has(OfficerRole.Coordinator)))
            {
                view = view.Within(memberships.SelectMany(m => view.Tree.Subtree(m.Unit)));
            }
        }

        if (request.Unit is null)
        {
            return (view, null);
        }

        var folded = VietnameseText.Fold(request.Unit);
        var unit = view.AllUnits.FirstOrDefault(u => string.Equals(u.Code, request.Unit, StringComparison.OrdinalIgnoreCase))
            ?? view.AllUnits.FirstOrDefault(u => VietnameseText.Fold(u.Name).Contains(folded, StringComparison.Ordinal));
        if (unit is null)
        {
            return (null, ExportResult.Refused(ExportFailure.UnitNotFound, $"Plan '{plan.Code}' has no unit '{request.Unit}'.", OverviewTexts.UnknownUnit(request.Unit)));
        }

        if (!view.Units.Contains(unit.Code))
        {
            return (null, ExportResult.Refused(ExportFailure.OutsideScope, $"Unit '{unit.Code}' is outside the asker's units.", OverviewTexts.OutsideScope(unit.Name)));
        }

        return (view.Within(view.Tree.Subtree(unit.Code)), null);
    }

    /// <summary>A date is in the plan from its issue (or 1 January of its year) to its last deadline (or 31 December), and not after today.</summary>
    private ExportResult? CheckDate(PlanView view, DateOnly at)
    {
        var first = view.Plan.IssuedOn ?? new DateOnly(view.Plan.Year, 1, 1);
        var last = view.Tasks.Select(t => t.CurrentDeadline.ClosesOn).OfType<DateOnly>().Append(new DateOnly(view.Plan.Year, 12, 31)).Max();
        var today = VietnamTime.Today(time);
        if (at < first || at > last || at > today)
        {
            return ExportResult.Refused(
                ExportFailure.DateOutsidePlan,
                $"'at' must lie between {CardTexts.IsoDate(first)} and {CardTexts.IsoDate(last < today ? last : today)} for plan '{view.Plan.Code}'.",
                $"Ngày {CardTexts.Date(at)} nằm ngoài thời gian của kế hoạch {view.Plan.Code} (từ {CardTexts.Date(first)} đến {CardTexts.Date(last < today ? last : today)}).");
        }

        return null;
    }

    private async Task AuditAsync(string actor, string? channel, string action, string subject, string details, CancellationToken cancellationToken)
    {
        audit.Record(actor, channel, action, subject, details);
        await db.SaveChangesAsync(cancellationToken);
    }
}
