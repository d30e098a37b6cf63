using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Cards;
using ReformBot.Conversation;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>
/// Queues messages people ask the bot to send: coordinators' announcements to a plan, a unit or a task's assignees,
/// and notices on someone's behalf. Nothing is sent here: <see cref="BroadcastDelivery"/> sends what was written down.
/// </summary>
public sealed class Broadcaster(ReformBotDbContext db, AuditLog audit, QuietHours quietHours, TimeProvider time)
{
    /// <summary>An announcement from a coordinator, to the audience they named within the plans they coordinate.</summary>
    public async Task<ConversationReply> AnnounceAsync(
        Sender sender, BroadcastAudience? audience, string? text, bool urgent, string channel, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sender);
        var plans = sender.Memberships.Where(m => m.Has(OfficerRole.Coordinator)).ToList();
        if (plans.Count == 0)
        {
            audit.Record(sender.OfficerId, channel, AuditActions.Refusal, "broadcast", "not a coordinator");
            await db.SaveChangesAsync(cancellationToken);
            return ConversationReply.WithText(BroadcastTexts.OnlyCoordinators);
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ConversationReply.WithText(BroadcastTexts.EmptyAnnouncement);
        }

        audience ??= BroadcastAudience.Everyone;
        var recipients = new Dictionary<string, string>(StringComparer.Ordinal);
        var matched = false;
        foreach (var membership in plans)
        {
            var view = await PlanView.LoadAsync(db, membership.PlanId, cancellationToken);
            foreach (var (id, name) in Audience(view, audience))
            {
                matched = true;
                if (id != sender.OfficerId)
                {
                    recipients.TryAdd(id, name);
                }
            }
        }

        if (!matched)
        {
            return ConversationReply.WithText(audience.Kind switch
            {
                AudienceKind.Unit => BroadcastTexts.UnknownUnit(audience.Unit ?? string.Empty),
                AudienceKind.Tasks => BroadcastTexts.UnknownTasks(audience.TaskRefs),
                _ => BroadcastTexts.NobodyToSend,
            });
        }

        if (recipients.Count == 0)
        {
            return ConversationReply.WithText(BroadcastTexts.NobodyToSend);
        }

        var now = time.GetUtcNow();
        var broadcast = new Broadcast(BroadcastKind.Announcement, string.Join(", ", plans.Select(p => p.PlanCode)), sender.OfficerId, text.Trim(), urgent, now);
        db.Broadcasts.Add(broadcast);
        await db.SaveChangesAsync(cancellationToken);

        // The card needs the broadcast's id (for "Đã đọc"), so recipients are added once it has one.
        var card = AnnouncementCard.Create(broadcast.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), BroadcastTexts.AnnouncementTitle, broadcast.Summary, sender.Name, urgent, now);
        var message = OutgoingMessage.WithCard($"**{BroadcastTexts.AnnouncementTitle}** — {sender.Name}: {broadcast.Summary}", card);
        var neverLinked = await BroadcastRecipients.AddAsync(db, broadcast, recipients.Select(r => (r.Key, r.Value, message)), cancellationToken);
        audit.Record(sender.OfficerId, channel, AuditActions.Broadcast, $"#{broadcast.Id}", $"{recipients.Count} recipients; urgent={urgent}; {broadcast.Summary}");
        await db.SaveChangesAsync(cancellationToken);
        var waits = !urgent && quietHours.IsQuiet(now);
        return ConversationReply.WithText(BroadcastTexts.Queued(broadcast.Id, recipients.Count, neverLinked, waits));
    }

    /// <summary>A message to a few people on someone's behalf (nudges, extension requests and decisions).</summary>
    public async Task<long> NotifyAsync(
        string? senderOfficerId, string planCode, string summary, IEnumerable<(string OfficerId, string Name)> recipients, OutgoingMessage message, CancellationToken cancellationToken)
    {
        var broadcast = new Broadcast(BroadcastKind.Notice, planCode, senderOfficerId, summary, false, time.GetUtcNow());
        db.Broadcasts.Add(broadcast);
        await BroadcastRecipients.AddAsync(db, broadcast, recipients.Select(r => (r.OfficerId, r.Name, message)), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return broadcast.Id;
    }

    /// <summary>Marks an announcement read by the person who tapped "Đã đọc".</summary>
    public async Task<ConversationReply> AcknowledgeAsync(Sender sender, long broadcastId, CancellationToken cancellationToken)
    {
        var recipient = await db.BroadcastRecipients.SingleOrDefaultAsync(r => r.BroadcastId == broadcastId && r.OfficerId == sender.OfficerId, cancellationToken);
        recipient?.Acknowledge(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return ConversationReply.WithText(BroadcastTexts.Acknowledged);
    }

    private static IEnumerable<(string Id, string Name)> Audience(PlanView view, BroadcastAudience audience)
    {
        IEnumerable<Officer> officers = audience.Kind switch
        {
            AudienceKind.Unit => view.AllUnits
                .Where(u => audience.Unit is { } wanted
                    && (string.Equals(u.Code, wanted, StringComparison.OrdinalIgnoreCase)
                        || VietnameseText.Fold(u.Name).Contains(VietnameseText.Fold(wanted), StringComparison.Ordinal)))
                .Take(1)
                .SelectMany(u => view.Tree.Subtree(u.Code))
                .SelectMany(view.OfficersOf),
            AudienceKind.Tasks => view.Tasks
                .Where(t => t.State != TaskState.Cancelled && audience.TaskRefs.Contains(t.Ref, StringComparer.OrdinalIgnoreCase))
                .SelectMany(t => t.AssigneeIds)
                .Select(view.Officer)
                .OfType<Officer>(),
            _ => view.AllOfficers,
        };
        return officers.Select(o => (o.OfficerId, o.Name));
    }
}
