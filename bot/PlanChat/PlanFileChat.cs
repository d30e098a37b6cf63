using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Admin;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.PlanDrafts;
using ReformBot.Plans;
using ReformBot.Progress;
using ReformBot.Storage;

namespace ReformBot.PlanChat;

/// <summary>
/// A plan appendix sent to the bot in chat: drafted as <c>POST /api/admin/plans/drafts</c> drafts it (same size limit),
/// shown as a preview and kept on the server (<see cref="PendingPlanDraft"/>, for <see cref="Lifetime"/>) until
/// "Nạp kế hoạch" loads it through <see cref="PlanStore.ImportAsync(ReadOnlyMemory{byte}, string, CancellationToken)"/>,
/// the call behind <c>POST /api/admin/plans</c> (same validation, revision diff and plan-change notices), at most
/// once. Only coordinators load plans (and a revision only a coordinator of that plan); a file that is no plan is
/// answered with what was expected, and nothing is stored. "Xem tất cả cảnh báo" answers with the warnings as a
/// workbook (<see cref="PlanDraftWarningsFile"/>), offered as the progress exports are: a signed link on every channel,
/// the file itself where the channel takes files.
/// </summary>
internal sealed partial class PlanFileChat(
    ReformBotDbContext db,
    PlanDraftService drafts,
    PlanStore store,
    DownloadLinks links,
    IOptions<AdminOptions> admin,
    TimeProvider time,
    ILogger<PlanFileChat> logger) : IPlanFileChat
{
    public const string Source = "chat";
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);
    private const int UnitsShown = 12;

    /// <summary>Names of files an officer may send as evidence too: only these are drafted for a non-coordinator.</summary>
    private static readonly string[] OfficeExtensions = [".docx", ".xlsx"];

    public async Task<ConversationReply?> PreviewAsync(Sender sender, IncomingFile file, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        ArgumentNullException.ThrowIfNull(file);
        var coordinator = sender.Has(OfficerRole.Coordinator);
        if (!coordinator && !OfficeExtensions.Contains(file.Extension, StringComparer.Ordinal))
        {
            // An officer's photo or PDF is evidence, as before.
            return null;
        }

        var limit = admin.Value.MaxPlanFileBytes;
        if (file.Size > limit)
        {
            return coordinator ? Text(PlanChatTexts.TooLarge(limit)) : null;
        }

        var read = await file.Source.ReadAsync(limit, cancellationToken);
        if (read.Bytes is not { } bytes)
        {
            return coordinator ? Text(read.TooLarge ? PlanChatTexts.TooLarge(limit) : PlanChatTexts.Unavailable) : null;
        }

        var outcome = await drafts.DraftAsync(bytes, null, null, cancellationToken);
        if (outcome.Draft is not { File: { } plan } draft)
        {
            LogNotAPlan(logger, sender.OfficerId, outcome.Problem?.Code);
            return coordinator ? Text(PlanChatTexts.Problem(file.Name, outcome.Problem ?? DraftFileInspector.Corrupted())) : null;
        }

        if (!coordinator)
        {
            return Text(PlanChatTexts.NotCoordinator);
        }

        var code = plan.Plan.Code;
        var storedRevision = await db.Plans.AsNoTracking().Where(p => p.Code == code).Select(p => (int?)p.Revision).SingleOrDefaultAsync(cancellationToken);
        if (storedRevision is not null && !sender.Memberships.Any(m => m.PlanCode == code && m.Has(OfficerRole.Coordinator)))
        {
            return Text(PlanChatTexts.NotCoordinatorOf(code));
        }

        if (!draft.IsValid)
        {
            return Text(PlanChatTexts.Invalid(file.Name, draft.Errors, plan));
        }

        IReadOnlyList<string> changes = [];
        if (storedRevision is { } revision && await store.ExportAsync(code, cancellationToken) is { } stored)
        {
            var diff = PlanDiffer.Compare(stored, plan);
            if (diff.IsEmpty)
            {
                return Text(PlanChatTexts.Unchanged(code, revision));
            }

            changes = PlanChatTexts.Changes(diff);
        }

        var warnings = draft.Warnings.Select(w => PlanChatTexts.Warning(w, plan)).ToList();
        var now = time.GetUtcNow();
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await db.PendingPlanDrafts.Where(d => d.ExpiresAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        db.PendingPlanDrafts.Add(new PendingPlanDraft(
            id, sender.OfficerId, channel, code, Shorten(file.Name, 255), PlanFileWriter.WriteString(plan), PendingDraftWarning.Write(draft.Warnings.Select(w => Row(w, plan))), now, now + Lifetime));
        await db.SaveChangesAsync(cancellationToken);

        var heading = storedRevision is { } r ? PlanChatTexts.HeadingRevision(code, r + 1) : PlanChatTexts.HeadingNew(code);
        var preview = new PlanDraftPreview(
            id,
            heading,
            plan.Plan.Title,
            file.Name,
            PlanChatTexts.Summary(plan.Tasks.Count, plan.Units.Count),
            [.. plan.Tasks.GroupBy(t => t.Field ?? string.Empty, StringComparer.Ordinal).Select(g => PlanChatTexts.Field(g.Key, g.Count()))],
            plan.Units.Count == 0 ? null : PlanChatTexts.Units([.. plan.Units.Select(u => u.Name)], UnitsShown),
            warnings.Count == 0 ? null : PlanChatTexts.WarningsHeading(warnings.Count),
            warnings,
            changes.Count == 0 || storedRevision is null ? null : PlanChatTexts.ChangesHeading(storedRevision.Value),
            changes);
        // The card's own buttons (and their Zalo layout) carry the draft's id: no quick replies beside them.
        var message = OutgoingMessage.WithCard(PlanChatTexts.Preview(heading, warnings.Count), PlanDraftCard.Create(preview));
        return new ConversationReply(null, [message]);
    }

    public async Task<ConversationReply> ActAsync(Sender sender, string verb, string? draftId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var now = time.GetUtcNow();
        if (string.IsNullOrWhiteSpace(draftId) || draftId.Length > 32
            || await db.PendingPlanDrafts.AsNoTracking().SingleOrDefaultAsync(d => d.Id == draftId && d.OfficerId == sender.OfficerId, cancellationToken) is not { } pending)
        {
            return Text(PlanChatTexts.Expired);
        }

        if (pending.State == PendingPlanDraftState.Loaded)
        {
            return Text(PlanChatTexts.AlreadyLoaded);
        }

        if (pending.State != PendingPlanDraftState.Pending || pending.ExpiresAt <= now)
        {
            return Text(PlanChatTexts.Expired);
        }

        switch (verb)
        {
            case CardVerbs.PlanDraftWarnings:
                return Warnings(sender, pending);

            case CardVerbs.PlanDraftCancel:
                return Text(await CloseAsync(pending.Id, PendingPlanDraftState.Discarded, now, cancellationToken) ? PlanChatTexts.Cancelled : PlanChatTexts.Expired);

            default:
                return await LoadAsync(sender, pending, now, cancellationToken);
        }
    }

    private async Task<ConversationReply> LoadAsync(Sender sender, PendingPlanDraft pending, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Roles are read again: the person may have lost them since the preview.
        var exists = await db.Plans.AnyAsync(p => p.Code == pending.PlanCode, cancellationToken);
        if (!sender.Has(OfficerRole.Coordinator))
        {
            return Text(PlanChatTexts.NotCoordinator);
        }

        if (exists && !sender.Memberships.Any(m => m.PlanCode == pending.PlanCode && m.Has(OfficerRole.Coordinator)))
        {
            return Text(PlanChatTexts.NotCoordinatorOf(pending.PlanCode));
        }

        // Claimed first: of two presses (or two instances) only one goes on to load.
        if (!await CloseAsync(pending.Id, PendingPlanDraftState.Loaded, now, cancellationToken))
        {
            return Text(PlanChatTexts.AlreadyLoaded);
        }

        PlanImportResult result;
        try
        {
            result = await store.ImportAsync(Encoding.UTF8.GetBytes(pending.PlanJson), Source, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another load of the same plan committed first, as POST /api/admin/plans answers 409.
            await SetStateAsync(pending.Id, PendingPlanDraftState.Discarded, cancellationToken);
            return Text(PlanChatTexts.Concurrent);
        }

        if (result.IsRejected)
        {
            await SetStateAsync(pending.Id, PendingPlanDraftState.Discarded, cancellationToken);
            return Text(PlanChatTexts.Rejected(pending.PlanCode, result.Errors, PlanFileReader.Read(Encoding.UTF8.GetBytes(pending.PlanJson)).Plan));
        }

        LogLoaded(logger, pending.PlanCode, result.Revision, sender.OfficerId);
        var diff = result.Diff;
        var changes = diff is null ? 0 : PlanChatTexts.Changes(diff).Count;
        return Text(result.Unchanged ? PlanChatTexts.Unchanged(result.Code, result.Revision) : PlanChatTexts.Loaded(result.Code, result.Revision, result.Created, changes));
    }

    /// <summary>Every warning as a workbook: its signed link in the text, the file offered to channels that take files.</summary>
    private ConversationReply Warnings(Sender sender, PendingPlanDraft pending)
    {
        var count = PendingDraftWarning.Read(pending.Warnings).Count;
        if (count == 0)
        {
            return Text(PlanChatTexts.NoWarnings);
        }

        var file = PlanDraftWarningsFile.Write(pending);
        var token = links.Issue(new DownloadToken(PlanDraftWarningsFile.TokenKind, pending.PlanCode, null, null, null, null, sender.OfficerId, 0, pending.Id));
        var url = links.Url(token);
        var text = PlanChatTexts.WarningsReady(file.FileName, count, url, ProgressTexts.Lifetime(links.Lifetime));
        return new ConversationReply(null, [OutgoingMessage.PlainText(text) with { File = new FileOffer(file.FileName, file.Content.Length, token, url) }]);
    }

    /// <summary>A warning as the workbook shows it: "Bảng 1", row 7, "Phối hợp thực hiện (cột 5)", the cell, the problem.</summary>
    private static PendingDraftWarning Row(DraftWarning w, PlanFile plan) => w.Code == "plan-rule"
        ? new PendingDraftWarning(PlanErrorTexts.Place(w.Cell, plan), null, string.Empty, string.Empty, PlanChatTexts.Problem(w), [])
        : new PendingDraftWarning(
            PlanChatTexts.Table(w.Table), w.Row > 0 ? w.Row : null, PlanChatTexts.Column(w), w.CellText, PlanChatTexts.Problem(w), w.Code == "unit-not-found" ? w.Suggestions : []);

    private async Task<bool> CloseAsync(string id, PendingPlanDraftState state, DateTimeOffset now, CancellationToken cancellationToken) =>
        await db.PendingPlanDrafts
            .Where(d => d.Id == id && d.State == PendingPlanDraftState.Pending && d.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.State, state).SetProperty(d => d.ClosedAt, now), cancellationToken) == 1;

    private async Task SetStateAsync(string id, PendingPlanDraftState state, CancellationToken cancellationToken) =>
        await db.PendingPlanDrafts.Where(d => d.Id == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.State, state), cancellationToken);

    private static ConversationReply Text(string text) => ConversationReply.WithText(text);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];

    [LoggerMessage(Level = LogLevel.Information, Message = "A file sent in chat by {OfficerId} is no plan ({Problem})")]
    private static partial void LogNotAPlan(ILogger logger, string officerId, string? problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Plan {PlanCode} loaded from chat as revision {Revision} by {OfficerId}")]
    private static partial void LogLoaded(ILogger logger, string planCode, int revision, string officerId);
}
