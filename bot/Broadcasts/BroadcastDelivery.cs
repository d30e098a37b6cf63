using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>
/// Sends queued broadcast messages that are due, one recipient at a time, and reports to each sender when their
/// broadcast is settled. Busy channels are retried with growing delays; quiet hours hold back what is not urgent.
/// </summary>
public sealed partial class BroadcastDelivery(
    ReformBotDbContext db,
    OfficerMessenger messenger,
    QuietHours quietHours,
    IOptions<BroadcastOptions> options,
    TimeProvider time,
    ILogger<BroadcastDelivery> logger)
{
    /// <summary>Progress is reported to the sender every this many recipients.</summary>
    public const int ProgressEvery = 50;

    private static readonly TimeSpan FirstRetryWait = TimeSpan.FromSeconds(30);

    /// <returns>How many messages were delivered.</returns>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var quiet = quietHours.IsQuiet(now);
        var due = await db.BroadcastRecipients
            .Where(r => r.State == RecipientState.Pending)
            .Join(db.Broadcasts, r => r.BroadcastId, b => b.Id, (r, b) => new { Recipient = r, Broadcast = b })
            .Where(x => !quiet || x.Broadcast.Urgent)
            .OrderBy(x => x.Recipient.Id)
            .ToListAsync(cancellationToken);

        var delivered = 0;
        foreach (var item in due.Where(x => x.Recipient.NextAttemptAt is null || x.Recipient.NextAttemptAt <= now))
        {
            var recipient = item.Recipient;
            var result = await messenger.SendAsync(recipient.OfficerId, OutgoingMessageJson.Read(recipient.MessageJson), cancellationToken);
            Record(recipient, result, now);
            delivered += result.IsSent ? 1 : 0;
            await db.SaveChangesAsync(cancellationToken);
            await ReportProgressAsync(item.Broadcast, cancellationToken);
        }

        await ReportSettledAsync(cancellationToken);
        return delivered;
    }

    private void Record(BroadcastRecipient recipient, DeliveryResult result, DateTimeOffset now)
    {
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                recipient.Delivered(result.Channel, now);
                break;
            case DeliveryStatus.Unreachable:
                recipient.NotDelivered(RecipientState.Unreachable, result.Detail);
                break;
            case DeliveryStatus.RetryLater or DeliveryStatus.Failed when recipient.Attempts + 1 < options.Value.MaxAttempts:
                recipient.RetryAt(now + result.WaitBeforeRetry(recipient.Attempts, FirstRetryWait), result.Detail);
                break;
            default:
                LogGaveUp(logger, recipient.OfficerId, recipient.BroadcastId, result.Detail);
                recipient.NotDelivered(RecipientState.Failed, result.Detail);
                break;
        }
    }

    private async Task ReportProgressAsync(Broadcast broadcast, CancellationToken cancellationToken)
    {
        if (broadcast.SenderOfficerId is not { } sender || broadcast.Kind != BroadcastKind.Announcement)
        {
            return;
        }

        var counts = await db.BroadcastRecipients.Where(r => r.BroadcastId == broadcast.Id)
            .GroupBy(r => r.State == RecipientState.Pending)
            .Select(g => new { Pending = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var total = counts.Sum(c => c.Count);
        var settled = counts.Where(c => !c.Pending).Sum(c => c.Count);
        if (settled % ProgressEvery == 0 && settled < total)
        {
            await messenger.SendAsync(sender, OutgoingMessage.PlainText(BroadcastTexts.Progress(broadcast.Id, settled, total)), cancellationToken);
        }
    }

    /// <summary>Tells each sender how their broadcast went, once every recipient is settled.</summary>
    private async Task ReportSettledAsync(CancellationToken cancellationToken)
    {
        var open = await db.Broadcasts
            .Where(b => b.ReportedAt == null)
            .Where(b => !db.BroadcastRecipients.Any(r => r.BroadcastId == b.Id && r.State == RecipientState.Pending))
            .ToListAsync(cancellationToken);
        foreach (var broadcast in open)
        {
            broadcast.MarkReported(time.GetUtcNow());
            if (broadcast.SenderOfficerId is { } sender && broadcast.Kind == BroadcastKind.Announcement)
            {
                var recipients = await db.BroadcastRecipients.AsNoTracking().Where(r => r.BroadcastId == broadcast.Id).ToListAsync(cancellationToken);
                var report = BroadcastTexts.Report(
                    broadcast.Id,
                    broadcast.Summary,
                    recipients.Count(r => r.State == RecipientState.Sent),
                    recipients.Count(r => r.State == RecipientState.Failed),
                    [.. recipients.Where(r => r.State == RecipientState.Unreachable).Select(r => r.OfficerName ?? r.OfficerId)],
                    [.. recipients.Where(r => r.State == RecipientState.NeverLinked).Select(r => r.OfficerName ?? r.OfficerId)]);
                var result = await messenger.SendAsync(sender, OutgoingMessage.PlainText(report), cancellationToken);
                if (!result.IsSent)
                {
                    LogReportNotDelivered(logger, broadcast.Id, sender, result.Detail);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Gave up delivering to {OfficerId} for broadcast {BroadcastId}: {Detail}")]
    private static partial void LogGaveUp(ILogger logger, string officerId, long broadcastId, string? detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery report of broadcast {BroadcastId} could not reach {OfficerId}: {Detail}")]
    private static partial void LogReportNotDelivered(ILogger logger, long broadcastId, string officerId, string? detail);
}
