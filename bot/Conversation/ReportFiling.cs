using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Calendar;
using ReformBot.Conversation.Confirmation;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Records that a unit has sent a periodic report ("đã nộp báo cáo tháng 11"). Only the unit's own people (its
/// officers and its head) can say so for it; each unit's report for a period is recorded once.
/// </summary>
public sealed class ReportFiling(ReformBotDbContext db, AuditLog audit, TimeProvider time)
{
    /// <summary>Attempts of one filing against colleagues filing the same reports at the same moment.</summary>
    private const int MaxAttempts = 10;

    /// <summary>The report the person means: the kind and period they named, else the one most recently due for their unit.</summary>
    public async Task<ConversationReply> MarkSubmittedAsync(
        Sender sender, ReportMention? mention, string? planCode, string? reportCode, DateOnly? dueDate, string channel, CancellationToken cancellationToken) =>
        ConversationReply.WithText((await FileAsync(sender, mention, planCode, reportCode, dueDate, channel, cancellationToken)).Text);

    /// <summary>As <see cref="MarkSubmittedAsync"/>, also saying which submissions this call recorded (for "Hoàn tác").</summary>
    public async Task<ReportFilingResult> FileAsync(
        Sender sender, ReportMention? mention, string? planCode, string? reportCode, DateOnly? dueDate, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await TryMarkSubmittedAsync(sender, mention, planCode, reportCode, dueDate, channel, cancellationToken);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                // A colleague recorded the same report meanwhile (SubmittedAt is a concurrency token): decide again, seeing theirs.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<ReportFilingResult> TryMarkSubmittedAsync(
        Sender sender, ReportMention? mention, string? planCode, string? reportCode, DateOnly? dueDate, string channel, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var candidates = new List<(Membership Membership, ReportSchedule Schedule, ReportPeriod Period)>();
        foreach (var membership in sender.Memberships.Where(m => planCode is null || m.PlanCode == planCode))
        {
            var schedules = await db.ReportSchedules.AsNoTracking()
                .Where(s => s.PlanId == membership.PlanId && !s.IsCancelled && (reportCode == null || s.Code == reportCode))
                .ToListAsync(cancellationToken);
            foreach (var schedule in schedules.Where(s => s.Submitters.Contains(membership.Unit) && Matches(s, mention)))
            {
                var periods = await db.ReportPeriods.AsNoTracking().Where(p => p.ScheduleId == schedule.Id).OrderBy(p => p.DueDate).ToListAsync(cancellationToken);
                if (Pick(periods, mention, dueDate, today) is { } period)
                {
                    candidates.Add((membership, schedule, period));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return new ReportFilingResult(ConversationTexts.NoSuchReport, []);
        }

        var replies = new List<string>();
        var marked = new List<ReportSubmission>();
        foreach (var (membership, schedule, period) in candidates)
        {
            var submission = await db.ReportSubmissions.SingleOrDefaultAsync(s => s.PeriodId == period.Id && s.UnitCode == membership.Unit, cancellationToken);
            if (submission is null || submission.IsSubmitted)
            {
                var by = submission?.SubmittedBy is { } officerId
                    ? await db.Officers.AsNoTracking().Where(o => o.OfficerId == officerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? officerId
                    : null;
                replies.Add(ConversationTexts.ReportAlreadySubmitted(schedule.Title, period.Label, by, submission?.SubmittedAt));
                continue;
            }

            submission.MarkSubmitted(sender.OfficerId, channel, null, time.GetUtcNow());
            audit.Record(sender.OfficerId, channel, "report.submitted", $"{membership.PlanCode}#{schedule.Code}", $"{period.Label} {membership.Unit}");
            replies.Add(ConversationTexts.ReportSubmitted(schedule.Title, period.Label));
            marked.Add(submission);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ReportFilingResult(string.Join("\n\n", replies), marked.Select(s => s.Id).ToList());
    }

    /// <summary>
    /// "Hoàn tác" of a filing said in words: each listed submission this person recorded, and that is still recorded
    /// as they left it, is owed again (audited). Null when none could be undone (nothing changes).
    /// </summary>
    public async Task<IReadOnlyList<string>?> UndoAsync(Sender sender, UndoableReportSubmission undo, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(undo);
        var ids = undo.SubmissionIds.ToList();
        var submissions = await db.ReportSubmissions.Where(s => ids.Contains(s.Id) && s.SubmittedBy == sender.OfficerId && s.SubmittedAt != null).ToListAsync(cancellationToken);
        var undone = new List<string>();
        foreach (var submission in submissions)
        {
            var period = await db.ReportPeriods.AsNoTracking().SingleAsync(p => p.Id == submission.PeriodId, cancellationToken);
            var schedule = await db.ReportSchedules.AsNoTracking().SingleAsync(s => s.Id == period.ScheduleId, cancellationToken);
            var planCode = await db.Plans.AsNoTracking().Where(p => p.Id == schedule.PlanId).Select(p => p.Code).SingleAsync(cancellationToken);
            submission.UndoSubmitted();
            audit.Record(sender.OfficerId, channel, "report.unsubmitted", $"{planCode}#{schedule.Code}", $"{period.Label} {submission.UnitCode} ({ConfirmationTexts.UndoNote})");
            undone.Add($"{schedule.Title} — {period.Label}");
        }

        if (undone.Count == 0)
        {
            return null;
        }

        await db.SaveChangesAsync(cancellationToken);
        return undone;
    }

    private static bool Matches(ReportSchedule schedule, ReportMention? mention) => mention?.Kind switch
    {
        null => true,
        ReportKind.Monthly => schedule.Cadence == ReportCadence.Monthly,
        ReportKind.Quarterly => schedule.Cadence == ReportCadence.Quarterly,
        _ => schedule.Cadence == ReportCadence.Yearly,
    };

    /// <summary>
    /// "tháng 11" is the period whose data covers November (due in December); "quý 4" the one due in the quarter's
    /// last month; otherwise the period most recently due, or the next one when none is due yet.
    /// </summary>
    private static ReportPeriod? Pick(IReadOnlyList<ReportPeriod> periods, ReportMention? mention, DateOnly? dueDate, DateOnly today)
    {
        if (dueDate is { } due)
        {
            return periods.FirstOrDefault(p => p.DueDate == due);
        }

        var named = mention switch
        {
            { Kind: ReportKind.Monthly, Period: int month } => periods.Where(p => p.WindowStart?.Month == month),
            { Kind: ReportKind.Quarterly, Period: int quarter } => periods.Where(p => p.DueDate.Month == quarter * 3),
            _ => periods,
        };
        var list = named.ToList();
        return list.LastOrDefault(p => p.DueDate <= today.AddDays(7)) ?? list.FirstOrDefault();
    }
}
