using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Persisted dedupe of inbound events: the key is written before the event is handled, so a retried event is handled at
/// most once (a crash in between loses it rather than answering twice).
/// </summary>
internal static class ZaloSeenEvents
{
    private static readonly TimeSpan Keep = TimeSpan.FromDays(2);

    /// <summary>True the first time <paramref name="key"/> is seen.</summary>
    public static async Task<bool> FirstTimeAsync(ReformBotDbContext db, string key, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await db.ZaloSeenEvents.AnyAsync(e => e.Key == key, cancellationToken))
        {
            return false;
        }

        var seen = new ZaloSeenEvent(key, now);
        db.ZaloSeenEvents.Add(seen);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance took the same event a moment ago.
            db.Entry(seen).State = EntityState.Detached;
            return false;
        }

        // Zalo stops retrying after hours; older keys can go.
        var cutoff = now - Keep;
        await db.ZaloSeenEvents.Where(e => e.SeenAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        return true;
    }
}
