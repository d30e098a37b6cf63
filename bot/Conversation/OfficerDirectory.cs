using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Conversation;

/// <summary>
/// Who is behind a chat account. A Teams user whose Entra object id a plan lists is linked on first contact;
/// anyone else must be linked before the bot shows them anything. With a <see cref="PlanViewCache"/> (as registered),
/// the person's plans are read once per plan revision rather than on every turn.
/// </summary>
public sealed class OfficerDirectory(ReformBotDbContext db, TimeProvider time, PlanViewCache? cache = null)
{
    public async Task<Sender?> FindAsync(string channel, string accountId, string? aadObjectId, CancellationToken cancellationToken)
    {
        var account = await db.ChatAccounts.AsNoTracking().SingleOrDefaultAsync(a => a.Channel == channel && a.AccountId == accountId, cancellationToken);
        if (account is null && !string.IsNullOrEmpty(aadObjectId))
        {
            account = await LinkByAadObjectIdAsync(channel, accountId, aadObjectId, cancellationToken);
        }

        return account is null ? null : await DescribeAsync(account.OfficerId, cancellationToken);
    }

    /// <summary>The person with all their plans, or null if no plan names them any more.</summary>
    public async Task<Sender?> DescribeAsync(string officerId, CancellationToken cancellationToken)
    {
        if (cache is null)
        {
            return await LoadAsync(officerId, cancellationToken);
        }

        var views = await cache.CurrentAsync(db, cancellationToken);
        if (views.Senders.TryGetValue(officerId, out var known))
        {
            return known;
        }

        var sender = await LoadAsync(officerId, cancellationToken);
        views.Senders.TryAdd(officerId, sender);
        return sender;
    }

    private async Task<Sender?> LoadAsync(string officerId, CancellationToken cancellationToken)
    {
        var rows = await db.Officers.AsNoTracking()
            .Where(o => o.OfficerId == officerId)
            .Join(db.Plans.AsNoTracking(), o => o.PlanId, p => p.Id, (o, p) => new { Officer = o, Plan = p })
            .OrderBy(x => x.Plan.Code)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }

        return new Sender(
            officerId,
            rows[0].Officer.Name,
            [.. rows.Select(x => new Membership(x.Plan.Id, x.Plan.Code, x.Officer.Unit, x.Officer.Roles))]);
    }

    /// <summary>
    /// The same Entra user on another account of the same person (e.g. listed for Teams in the plan file with a
    /// different conversation id): link this account too.
    /// </summary>
    private async Task<ChatAccount?> LinkByAadObjectIdAsync(string channel, string accountId, string aadObjectId, CancellationToken cancellationToken)
    {
        var known = await db.ChatAccounts.AsNoTracking()
            .Where(a => a.AadObjectId == aadObjectId)
            .Select(a => a.OfficerId)
            .Distinct()
            .ToListAsync(cancellationToken);
        if (known.Count != 1)
        {
            return null;
        }

        var account = new ChatAccount(channel, accountId, known[0], aadObjectId, "aad", time.GetUtcNow());
        db.ChatAccounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return account;
    }
}
