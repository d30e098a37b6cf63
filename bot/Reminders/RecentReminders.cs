using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Which item a reply is about when the officer does not say: the reminder their message answers (Teams gives the
/// answered activity's id), else the last reminder sent to them in that channel lately — when it was about one item.
/// </summary>
public sealed class RecentReminders(ReformBotDbContext db, TimeProvider time)
{
    /// <summary>A reply more than this long after the reminder is not taken to be about it.</summary>
    public static readonly TimeSpan Recent = TimeSpan.FromDays(7);

    /// <summary>The item the reminder answered by <paramref name="message"/> is about, when it was about one.</summary>
    public Task<RemindedItem?> FindAsync(string officerId, IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        return FindAsync(officerId, message.Channel, message.ConversationId, message.ReplyToId, cancellationToken);
    }

    /// <summary>
    /// Matched on the channel and conversation the reminder was really sent to (Teams, Web Chat, the Emulator all go
    /// through the "msteams" officer channel); messages whose attempts did not record them (older rows, Zalo) match
    /// by the officer channel's name as before.
    /// </summary>
    public async Task<RemindedItem?> FindAsync(string officerId, string channel, string? conversationId, string? replyToId, CancellationToken cancellationToken)
    {
        long? messageId = null;
        var sentAttempts = db.DeliveryAttempts.AsNoTracking().Where(a => a.Status == AttemptStatus.Sent);
        if (!string.IsNullOrEmpty(replyToId))
        {
            messageId = await sentAttempts
                .Where(a => a.Detail == replyToId && (a.ConversationChannel == channel || (a.ConversationChannel == null && a.Channel == channel)))
                .Join(db.OutboxMessages.Where(m => m.OfficerId == officerId), a => a.OutboxMessageId, m => m.Id, (a, m) => (long?)m.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (messageId is null)
        {
            var since = time.GetUtcNow() - Recent;
            messageId = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.OfficerId == officerId && m.Kind == ReminderOutbox.RowKind && m.State == OutboxState.Sent && m.SentAt >= since)
                .Where(m => sentAttempts.Any(a => a.OutboxMessageId == m.Id && a.ConversationChannel == channel && a.ConversationId == conversationId)
                    || (m.Channel == channel && !sentAttempts.Any(a => a.OutboxMessageId == m.Id && a.ConversationChannel != null)))
                .OrderByDescending(m => m.SentAt)
                .Select(m => (long?)m.Id)
                .FirstOrDefaultAsync(cancellationToken);
        }

        if (messageId is null)
        {
            return null;
        }

        var items = (await db.Reminders.AsNoTracking()
                .Where(r => r.OutboxMessageId == messageId && r.State == ReminderState.Sent && r.OfficerId == officerId)
                .ToListAsync(cancellationToken))
            .Select(r => new RemindedItem(r.Subject, r.PlanId, r.PlanCode, r.ItemRef, r.UnitCode, r.Occurrence))
            .Distinct()
            .ToList();
        return items.Count == 1 ? items[0] : null;
    }
}
