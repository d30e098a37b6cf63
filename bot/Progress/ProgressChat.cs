using ReformBot.Calendar;
using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ReformBot.Progress;

/// <summary>
/// "xuất báo cáo tiến độ", "tiến độ phòng nội vụ ra excel", "dự thảo báo cáo quý 4": builds the file for a coordinator
/// (whole plan) or a head (their subtree), then answers with a signed download link that works on every channel and
/// offers the file itself where the channel can take it. Officers are refused politely; nothing is sent unless the
/// whole file was built.
/// </summary>
internal sealed class ProgressChat(ReformBotDbContext db, ProgressExports exports, DownloadLinks links, TimeProvider time) : IProgressChat
{
    public async Task<ConversationReply> WorkbookAsync(Sender sender, IntentSlots slots, string? text, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(slots);
        if (Plan(sender, text) is not { } plan)
        {
            return ConversationReply.WithText(Allowed(sender).Any() ? ProgressTexts.SeveralPlans : ProgressTexts.NotAllowed);
        }

        var result = await exports.WorkbookAsync(new ExportRequest(plan.PlanCode, slots.Unit, null), sender, sender.OfficerId, channel, cancellationToken);
        return Reply(result, new DownloadToken(DownloadToken.Workbook, plan.PlanCode, result.UnitCode, result.At, null, null, sender.OfficerId, 0), ProgressTexts.WorkbookReady);
    }

    public async Task<ConversationReply> DraftAsync(Sender sender, IntentSlots slots, string? text, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(slots);
        if (Plan(sender, text) is not { } plan)
        {
            return ConversationReply.WithText(Allowed(sender).Any() ? ProgressTexts.SeveralPlans : ProgressTexts.NotAllowed);
        }

        var (report, occurrence) = await OccurrenceAsync(plan.PlanId, slots.Report, cancellationToken);
        if (report is null || occurrence is null)
        {
            return ConversationReply.WithText(ProgressTexts.NoSuchReport(report is null ? null : Describe(slots.Report)));
        }

        var request = new ExportRequest(plan.PlanCode, slots.Unit, null, report, occurrence);
        var result = await exports.DraftAsync(request, sender, sender.OfficerId, channel, cancellationToken);
        return Reply(result, new DownloadToken(DownloadToken.Draft, plan.PlanCode, result.UnitCode, null, report, occurrence, sender.OfficerId, 0), ProgressTexts.DraftReady);
    }

    private ConversationReply Reply(ExportResult result, DownloadToken token, Func<string, string, TimeSpan, string> ready)
    {
        if (result.File is not { } file)
        {
            return ConversationReply.WithText(result.ChatText ?? ProgressTexts.NotAllowed);
        }

        var issued = links.Issue(token);
        var url = links.Url(issued);
        var message = OutgoingMessage.PlainText(ready(file.FileName, url, links.Lifetime)) with { File = new FileOffer(file.FileName, file.Content.Length, issued, url) };
        return new ConversationReply(null, [message]);
    }

    private static IEnumerable<Membership> Allowed(Sender sender) =>
        sender.Memberships.Where(m => m.Has(OfficerRole.Coordinator) || m.Has(OfficerRole.UnitHead));

    /// <summary>The one plan the person heads or coordinates, or the one whose code the message names.</summary>
    private static Membership? Plan(Sender sender, string? text)
    {
        var plans = Allowed(sender).GroupBy(m => m.PlanId).Select(g => g.First()).ToList();
        return plans.Count == 1
            ? plans[0]
            : plans.FirstOrDefault(m => text is not null && text.Contains(m.PlanCode, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The schedule and occurrence a person means: "quý 4" the latest fourth-quarter report with data so far, "tháng 11" the
    /// one on November, no period the latest report whose data window has begun; the first schedule of the right cadence.
    /// </summary>
    private async Task<(string? Report, string? Occurrence)> OccurrenceAsync(int planId, ReportMention? mention, CancellationToken cancellationToken)
    {
        var schedules = await db.ReportSchedules.AsNoTracking().Where(s => s.PlanId == planId && !s.IsCancelled).OrderBy(s => s.Position).ToListAsync(cancellationToken);
        var cadence = mention?.Kind switch
        {
            ReportKind.Monthly => ReportCadence.Monthly,
            ReportKind.Quarterly => ReportCadence.Quarterly,
            null => (ReportCadence?)null,
            _ => ReportCadence.Yearly,
        };
        var schedule = schedules.FirstOrDefault(s => cadence is null || s.Cadence == cadence)
            ?? (mention?.Kind == ReportKind.Quarterly ? schedules.FirstOrDefault(s => s.Cadence == ReportCadence.Yearly) : null);
        if (schedule is null)
        {
            return (null, null);
        }

        var today = VietnamTime.Today(time);
        var periods = await db.ReportPeriods.AsNoTracking().Where(p => p.ScheduleId == schedule.Id).OrderBy(p => p.DueDate).ToListAsync(cancellationToken);
        string[] quarters = ["I", "II", "III", "IV"];
        var started = periods.Where(p => (p.WindowStart ?? p.DueDate) <= today).ToList();
        var chosen = mention?.Period is not { } n
            ? started.LastOrDefault()
            : started.LastOrDefault(p => mention.Kind switch
            {
                ReportKind.Monthly => p.Label.StartsWith($"Tháng {n}/", StringComparison.Ordinal),
                ReportKind.Quarterly when n is >= 1 and <= 4 => p.Label.StartsWith($"Quý {quarters[n - 1]}/", StringComparison.Ordinal),
                _ => true,
            });
        return (schedule.Code, chosen is null ? null : Calendar(chosen.DueDate));
    }

    private static string Calendar(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(ReportMention? mention) => mention switch
    {
        { Kind: ReportKind.Quarterly, Period: { } q } => $"quý {q}",
        { Kind: ReportKind.Monthly, Period: { } m } => $"tháng {m}",
        _ => "báo cáo",
    };
}
