using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Cards;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>
/// Writes down messages people ask the bot to send: coordinators' announcements and notices on someone's behalf.
/// Nothing is sent here: each recipient's copy is an outbox row that Delivery's <see cref="OutboxSender"/> sends.
/// Who may announce to whom is decided by the conversation that asked (Conversation's announcements).
/// </summary>
public sealed partial class Broadcaster(ReformBotDbContext db, AuditLog audit, QuietHours quietHours, TimeProvider time)
{
    /// <summary>An announcement from <paramref name="senderOfficerId"/> to <paramref name="recipients"/> (officer id → name), for the plans named.</summary>
    public async Task<QueuedAnnouncement> AnnounceAsync(
        string senderOfficerId, string senderName, string planCodes, string text, bool urgent, IReadOnlyDictionary<string, string> recipients, string channel,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var now = time.GetUtcNow();
        var broadcast = new Broadcast(BroadcastKind.Announcement, planCodes, senderOfficerId, text.Trim(), urgent, now);

        // One transaction: a sender never sees the header without its rows (it would report it settled, to nobody).
        // (Inside a caller's transaction, that one covers both.)
        await using var transaction = !db.InTransaction ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(cancellationToken);

        // The card needs the broadcast's id (for "Đã đọc"), so recipients are added once it has one.
        var card = AnnouncementCard.Create(
            broadcast.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), title: null, broadcast.Summary, senderName, urgent, now, LinkIn(broadcast.Summary));
        var message = OutgoingMessage.WithCard($"**{BroadcastTexts.AnnouncementTitle}** — {senderName}: {broadcast.Summary}", card);
        var neverLinked = await BroadcastRecipients.AddAsync(db, broadcast, recipients.Select(r => (r.Key, r.Value, message)), now, cancellationToken);
        audit.Record(senderOfficerId, channel, AuditActions.Broadcast, $"#{broadcast.Id}", $"{recipients.Count} recipients; urgent={urgent}; {broadcast.Summary}");
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new QueuedAnnouncement(broadcast.Id, recipients.Count, neverLinked, !urgent && quietHours.IsQuiet(now));
    }

    /// <summary>A message to a few people on someone's behalf (nudges, extension requests and decisions).</summary>
    public async Task<long> NotifyAsync(
        string? senderOfficerId, string planCode, string summary, IEnumerable<(string OfficerId, string Name)> recipients, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var broadcast = new Broadcast(BroadcastKind.Notice, planCode, senderOfficerId, summary, false, now);
        db.Broadcasts.Add(broadcast);
        await BroadcastRecipients.AddAsync(db, broadcast, recipients.Select(r => (r.OfficerId, r.Name, message)), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return broadcast.Id;
    }

    /// <summary>
    /// Calls off the copies of broadcast <paramref name="id"/> that no sender holds yet; copies already sent, or on the
    /// wire right now, are left as they are. Null when there is no such broadcast.
    /// </summary>
    public async Task<BroadcastCancellation?> CancelAsync(long id, string actor, CancellationToken cancellationToken)
    {
        if (!await db.Broadcasts.AnyAsync(b => b.Id == id, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();

        // One statement with the same condition a sender claims under, so a copy is either claimed or cancelled, never both.
        var cancelled = await db.OutboxMessages
            .Where(m => m.GroupId == id && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .ExecuteUpdateAsync(
                s => s.SetProperty(m => m.State, OutboxState.Cancelled).SetProperty(m => m.LastError, $"cancelled by {actor}").SetProperty(m => m.NextAttemptAt, (DateTimeOffset?)null),
                cancellationToken);
        var states = await db.OutboxMessages.AsNoTracking().Where(m => m.GroupId == id).Select(m => m.State).ToListAsync(cancellationToken);
        if (cancelled > 0)
        {
            audit.Record(actor, null, AuditActions.BroadcastCancel, $"#{id}", $"{cancelled} queued copies cancelled");
            await db.SaveChangesAsync(cancellationToken);
        }

        return new BroadcastCancellation(
            id,
            cancelled,
            states.Count(s => s is OutboxState.Sent),
            states.Count(s => s is OutboxState.Pending));
    }

    /// <summary>Marks an announcement read by the person who tapped "Đã đọc".</summary>
    public async Task<ConversationReply> AcknowledgeAsync(string officerId, long broadcastId, CancellationToken cancellationToken)
    {
        var recipient = await db.OutboxMessages.FirstOrDefaultAsync(m => m.GroupId == broadcastId && m.OfficerId == officerId, cancellationToken);
        recipient?.Acknowledge(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ConversationReply.WithText(BroadcastTexts.Acknowledged);
    }

    /// <summary>
    /// Marks a plan-change notice read by the person who tapped "Đã nắm thông tin" (its card or its line in the day's
    /// digest): the notice of that plan's revision sent to them.
    /// </summary>
    public async Task<ConversationReply> AcknowledgePlanChangeAsync(string officerId, string? planCode, int? revision, CancellationToken cancellationToken)
    {
        if (planCode is null || revision is not { } number)
        {
            // A notice that is not about a plan (people not reached): seen is all there is to record.
            return ConversationReply.WithText(BroadcastTexts.Seen);
        }

        var summary = PlanChangeSummary(number);
        var recipient = await db.OutboxMessages
            .Where(m => m.OfficerId == officerId && db.Broadcasts.Any(b => b.Id == m.GroupId && b.Kind == BroadcastKind.PlanChange && b.PlanCode == planCode && b.Summary == summary))
            .OrderByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        if (recipient is null)
        {
            return ConversationReply.WithText(BroadcastTexts.UnknownPlanChange);
        }

        recipient.Acknowledge(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ConversationReply.WithText(BroadcastTexts.PlanChangeAcknowledged(planCode, number));
    }

    /// <summary>How a plan-change broadcast names the revision it is about.</summary>
    public static string PlanChangeSummary(int revision) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"revision {revision}");

    /// <summary>The first web address the announcement names (a meeting, a document): the card's "Mở liên kết" button.</summary>
    internal static Uri? LinkIn(string text) =>
        Link().Match(text) is { Success: true } match && Uri.TryCreate(match.Value.TrimEnd('.', ',', ';', ':', ')', '!', '?'), UriKind.Absolute, out var uri) ? uri : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s<>""]+", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Link();
}
