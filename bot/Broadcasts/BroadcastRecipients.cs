using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Broadcasts;

/// <summary>Adds the people a broadcast goes to, marking at once those who never linked a chat account.</summary>
internal static class BroadcastRecipients
{
    /// <returns>How many recipients have no chat account at all.</returns>
    public static async Task<int> AddAsync(
        ReformBotDbContext db, Broadcast broadcast, IEnumerable<(string OfficerId, string Name, OutgoingMessage Message)> recipients, CancellationToken cancellationToken)
    {
        var list = recipients.ToList();
        var ids = list.Select(r => r.OfficerId).ToList();
        var linked = (await db.ChatAccounts.AsNoTracking().Where(a => ids.Contains(a.OfficerId)).Select(a => a.OfficerId).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (officerId, name, message) in list)
        {
            var state = linked.Contains(officerId) ? RecipientState.Pending : RecipientState.NeverLinked;
            broadcast.Recipients.Add(new BroadcastRecipient(officerId, name, OutgoingMessageJson.Write(message), state));
        }

        return list.Count(r => !linked.Contains(r.OfficerId));
    }
}
