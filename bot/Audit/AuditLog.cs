using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Audit;

/// <summary>
/// Writes and reads the audit log. <see cref="Record"/> only adds the entry to the context: it is stored by the
/// caller's SaveChanges, in the same transaction as what it describes.
/// </summary>
public sealed class AuditLog(ReformBotDbContext db, TimeProvider time)
{
    /// <summary>Most entries one query returns.</summary>
    public const int MaxPage = 1000;

    public AuditEntry Record(string actor, string? channel, string action, string? subject, string? details = null)
    {
        var entry = new AuditEntry(time.GetUtcNow(), actor, channel, action, Truncate(subject, 200), Truncate(details, 4000));
        db.AuditEntries.Add(entry);
        return entry;
    }

    /// <summary>Entries at or after <paramref name="from"/> and before <paramref name="to"/>, newest first; <paramref name="before"/> continues a page.</summary>
    public async Task<IReadOnlyList<AuditEntry>> ListAsync(
        DateTimeOffset from, DateTimeOffset to, long? before, int limit, CancellationToken cancellationToken)
    {
        var query = db.AuditEntries.AsNoTracking().Where(e => e.At >= from.ToUniversalTime() && e.At < to.ToUniversalTime());
        if (before is long id)
        {
            query = query.Where(e => e.Id < id);
        }

        return await query
            .OrderByDescending(e => e.Id)
            .Take(Math.Clamp(limit, 1, MaxPage))
            .ToListAsync(cancellationToken);
    }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
