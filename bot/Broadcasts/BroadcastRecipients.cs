using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>
/// Writes each person's copy of a broadcast to the outbox, linked to it; those who never linked a chat account get a
/// settled row at once so the report can name them.
/// </summary>
internal static class BroadcastRecipients
{
    /// <returns>How many recipients have no chat account at all.</returns>
    public static async Task<int> AddAsync(
        ReformBotDbContext db, Broadcast broadcast, IEnumerable<(string OfficerId, string Name, OutgoingMessage Message)> recipients, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var list = recipients.ToList();
        var ids = list.Select(r => r.OfficerId).ToList();
        var linked = (await db.ChatAccounts.AsNoTracking().Where(a => ids.Contains(a.OfficerId)).Select(a => a.OfficerId).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (officerId, name, message) in list)
        {
            var row = OutboxMessage.Stored(officerId, message, now, now, recipientName: name, urgent: broadcast.Urgent);
            broadcast.Messages.Add(linked.Contains(officerId) ? row : row.NeverLinked());
        }

        return list.Count(r => !linked.Contains(r.OfficerId));
    }
}
