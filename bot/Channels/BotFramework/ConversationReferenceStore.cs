using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Channels.BotFramework;

/// <summary>Conversation references in the database, one per (channel, account).</summary>
internal sealed class ConversationReferenceStore(ReformBotDbContext db, ConversationReferencesSeen seen, TimeProvider time)
{
    /// <summary>An unchanged reference is written again (for its <c>UpdatedAt</c>) at most this often.</summary>
    public static readonly TimeSpan RefreshAfter = TimeSpan.FromHours(1);

    /// <summary>
    /// Records the latest reference of an account. A reference seen in a group chat keeps the account's known 1:1
    /// conversation and only refreshes where and who it is. Nothing is written when only the time and the last
    /// activity id would change (every turn of a known person), unless the stored one is older than <see cref="RefreshAfter"/>;
    /// nor read, when this instance found it so a moment ago (<see cref="ConversationReferencesSeen"/>).
    /// </summary>
    public async Task SaveAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (seen.IsStored(reference))
        {
            return;
        }

        var row = await db.ConversationReferences
            .SingleOrDefaultAsync(r => r.ChannelId == reference.ChannelId && r.AccountId == reference.AccountId, cancellationToken);
        if (row is null)
        {
            row = new StoredConversationReference(reference.ChannelId, reference.AccountId, reference.ServiceUrl);
            db.ConversationReferences.Add(row);
        }

        row.Seen(
            reference.ServiceUrl, reference.AccountName, reference.AadObjectId, reference.TenantId, reference.BotId, reference.BotName,
            reference.Locale, reference.UpdatedAt);
        if (reference.ConversationId is not null)
        {
            row.InConversation(reference.ConversationId, reference.ConversationType, reference.LastActivityId);
        }

        var entry = db.Entry(row);
        entry.DetectChanges();
        if (entry.State == EntityState.Unchanged
            || (entry.State == EntityState.Modified
                && entry.Properties.All(p => !p.IsModified || p.Metadata.Name is nameof(StoredConversationReference.UpdatedAt) or nameof(StoredConversationReference.LastActivityId))
                && reference.UpdatedAt - entry.Property(r => r.UpdatedAt).OriginalValue < RefreshAfter))
        {
            seen.Stored(reference, entry.Property(r => r.UpdatedAt).OriginalValue);
            entry.State = EntityState.Detached;
            return;
        }

        await SaveWithRetryOnRaceAsync(reference, cancellationToken);
        seen.Stored(reference, reference.UpdatedAt);
    }

    public async Task<IReadOnlyList<ConversationReference>> FindAsync(string channelId, IReadOnlyCollection<string> accountIds, CancellationToken cancellationToken)
    {
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && accountIds.Contains(r.AccountId))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToReference)];
    }

    /// <summary>Any reference with this Entra user, for finding the tenant and regional serviceUrl of a Teams user.</summary>
    public async Task<IReadOnlyList<ConversationReference>> FindByAadObjectIdAsync(string channelId, string aadObjectId, CancellationToken cancellationToken)
    {
        var rows = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.AadObjectId == aadObjectId)
            .ToListAsync(cancellationToken);
        return [.. rows.Select(ToReference)];
    }

    /// <summary>The most recent reference on a channel with a tenant, for creating chats with people who never wrote.</summary>
    public async Task<ConversationReference?> LatestWithTenantAsync(string channelId, CancellationToken cancellationToken)
    {
        // One row from the database, not every reference of the channel: a morning opening thousands of chats asks this each time.
        var row = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.ChannelId == channelId && r.TenantId != null)
            .OrderByDescending(r => r.UpdatedAt)
            .ThenBy(r => r.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : ToReference(row);
    }

    public async Task MarkStaleAsync(string channelId, string accountId, CancellationToken cancellationToken)
    {
        seen.Forget(channelId, accountId);
        var row = await db.ConversationReferences
            .SingleOrDefaultAsync(r => r.ChannelId == channelId && r.AccountId == accountId, cancellationToken);
        if (row is not null)
        {
            row.MarkStale(time.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Two activities of a new account at once: the second insert loses the race and becomes an update.</summary>
    private async Task SaveWithRetryOnRaceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.ConversationReferences.AnyAsync(r => r.ChannelId == reference.ChannelId && r.AccountId == reference.AccountId, cancellationToken))
            {
                throw;
            }

            await SaveAsync(reference, cancellationToken);
        }
    }

    private static ConversationReference ToReference(StoredConversationReference r) => new(
        r.ChannelId, r.ServiceUrl, r.AccountId, r.AccountName, r.AadObjectId, r.ConversationId, r.ConversationType, r.TenantId,
        r.BotId, r.BotName, r.Locale, r.LastActivityId, r.UpdatedAt, r.IsStale);
}
