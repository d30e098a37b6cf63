using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>
/// Tells the sender of an announcement how it goes, from its outbox rows: progress every <see cref="ProgressEvery"/>
/// settled recipients, and the delivery report once none is pending. Both are outbox rows themselves, with a dedupe
/// key, so each is written and sent exactly once however many instances see the moment.
/// </summary>
internal sealed partial class BroadcastReports(ReformBotDbContext db, TimeProvider time, ILogger<BroadcastReports> logger) : IOutboxListener
{
    /// <summary>Progress is reported to the sender every this many recipients.</summary>
    public const int ProgressEvery = 50;

    public async Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.GroupId is not { } id
            || await db.Broadcasts.AsNoTracking().SingleOrDefaultAsync(b => b.Id == id, cancellationToken) is not { SenderOfficerId: { } sender, Kind: BroadcastKind.Announcement } broadcast)
        {
            return;
        }

        var states = await db.OutboxMessages.AsNoTracking().Where(m => m.GroupId == id).Select(m => m.State).ToListAsync(cancellationToken);
        var settled = states.Count(s => s != OutboxState.Pending);
        if (settled % ProgressEvery == 0 && settled < states.Count)
        {
            await WriteAsync(sender, BroadcastTexts.Progress(id, settled, states.Count), $"broadcast-progress|{id}|{settled}", broadcast.Urgent, null, cancellationToken);
        }
    }

    /// <summary>Reports every broadcast none of whose rows is pending any more.</summary>
    public async Task PassEndedAsync(CancellationToken cancellationToken)
    {
        var open = await db.Broadcasts
            .Where(b => b.ReportedAt == null)
            .Where(b => !db.OutboxMessages.Any(m => m.GroupId == b.Id && m.State == OutboxState.Pending))
            .ToListAsync(cancellationToken);
        foreach (var broadcast in open)
        {
            if (broadcast is { SenderOfficerId: { } sender, Kind: BroadcastKind.Announcement })
            {
                var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.GroupId == broadcast.Id).ToListAsync(cancellationToken);
                var report = BroadcastTexts.Report(
                    broadcast.Id,
                    broadcast.Summary,
                    rows.Count(r => r.State == OutboxState.Sent),
                    rows.Count(r => r.State == OutboxState.Dead),
                    rows.Count(r => r.State == OutboxState.Cancelled),
                    [.. rows.Where(r => r.State == OutboxState.Unreachable).Select(r => r.RecipientName ?? r.OfficerId)],
                    [.. rows.Where(r => r.State == OutboxState.NeverLinked).Select(r => r.RecipientName ?? r.OfficerId)]);
                await WriteAsync(sender, report, $"broadcast-report|{broadcast.Id}", broadcast.Urgent, broadcast, cancellationToken);
            }
            else
            {
                broadcast.MarkReported(time.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }
        }
    }

    private async Task WriteAsync(string sender, string text, string key, bool urgent, Broadcast? reported, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key, cancellationToken))
        {
            reported?.MarkReported(now);
            await db.SaveChangesAsync(cancellationToken);
            return;
        }

        db.OutboxMessages.Add(OutboxMessage.Stored(sender, OutgoingMessage.PlainText(text), now, now, key, urgent: urgent));
        reported?.MarkReported(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another instance wrote the same report first (unique dedupe key): it is sent once, theirs.
            LogLostRace(logger, key, e);
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Broadcast follow-up {Key} was already written by another sender")]
    private static partial void LogLostRace(ILogger logger, string key, Exception exception);
}
