using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Who an officer is in which plans, and the task refs of those plans: read on every turn, changed only by a plan
/// import (the only writer of officers and of cancelled tasks, and it raises the plan's revision). Kept for the
/// current catalog stamp (every plan's id and revision, one small query); any import, new or removed plan, on this
/// instance or another, changes the stamp and the next turn loads afresh.
/// </summary>
public sealed class PlanViewCache
{
    private Views current = new(string.Empty);

    /// <summary>The views valid for the plans as stored now.</summary>
    internal async Task<Views> CurrentAsync(ReformBotDbContext db, CancellationToken cancellationToken)
    {
        var revisions = await db.Plans.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Revision }).ToListAsync(cancellationToken);
        var stamp = string.Join(',', revisions.Select(r => $"{r.Id}:{r.Revision}"));
        var views = Volatile.Read(ref current);
        if (views.Stamp == stamp)
        {
            return views;
        }

        var fresh = new Views(stamp);
        Interlocked.CompareExchange(ref current, fresh, views);
        return fresh;
    }

    internal sealed class Views(string stamp)
    {
        public string Stamp { get; } = stamp;

        public ConcurrentDictionary<string, Sender?> Senders { get; } = new(StringComparer.Ordinal);

        /// <summary>Keyed by the plan ids, in order, joined with commas.</summary>
        public ConcurrentDictionary<string, IReadOnlySet<string>> TaskRefs { get; } = new(StringComparer.Ordinal);
    }
}
