using Microsoft.EntityFrameworkCore;
using ReformBot.Progress;
using ReformBot.Storage;

namespace ReformBot.PlanChat;

/// <summary>
/// "Xem tất cả cảnh báo" as a file: every warning of a previewed draft in a workbook (table, row, column, cell text,
/// the problem, the closest directory names), built from <see cref="PendingPlanDraft.Warnings"/> when it is offered
/// and again when the signed link is opened or Teams' file consent accepted. Only while the draft waits for its
/// buttons, and only for the coordinator who sent the file: an expired, cancelled or loaded draft gives no file.
/// </summary>
internal sealed class PlanDraftWarningsFile(ReformBotDbContext db, TimeProvider time) : IDownloadSource
{
    public const string TokenKind = "draft-warnings";

    public string Kind => TokenKind;

    public async Task<ExportResult> BuildAsync(DownloadToken token, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        var pending = token.Item is { Length: > 0 and <= 32 } id
            ? await db.PendingPlanDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == id && d.OfficerId == token.Actor, cancellationToken)
            : null;
        if (pending is null || pending.State == PendingPlanDraftState.Discarded || (pending.State == PendingPlanDraftState.Pending && pending.ExpiresAt <= time.GetUtcNow()))
        {
            return ExportResult.Refused(ExportFailure.Expired, "The plan draft has expired or was cancelled.", PlanChatTexts.Expired);
        }

        if (pending.State == PendingPlanDraftState.Loaded)
        {
            return ExportResult.Refused(ExportFailure.Expired, "The plan draft has been loaded already.", PlanChatTexts.WarningsOfLoadedDraft);
        }

        return new ExportResult(Write(pending), null, null, null, null, null);
    }

    public static ExportFile Write(PendingPlanDraft pending)
    {
        ArgumentNullException.ThrowIfNull(pending);
        var warnings = PendingDraftWarning.Read(pending.Warnings);
        var content = TableWorkbook.Write(
            PlanChatTexts.WarningsSheet,
            PlanChatTexts.WarningsTitle(pending.PlanCode, warnings.Count),
            PlanChatTexts.WarningColumns,
            warnings.Select(w => (IReadOnlyList<object?>)[w.Table, w.Row, w.Column, w.CellText, w.Problem, string.Join(", ", w.Closest)]));
        return new ExportFile(PlanChatTexts.WarningsFileName(pending.PlanCode), ProgressWorkbook.ContentType, content);
    }
}
