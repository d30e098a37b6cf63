using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Audit;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Accounts;

/// <summary>
/// Links chat accounts to officers by one-time codes: a coordinator issues a six-digit code for an officer, the
/// officer sends it to the bot from the account to link. Codes are single-use, expire, and a chat account that sends
/// too many wrong codes is locked for a while.
/// </summary>
public sealed class AccountLinker(ReformBotDbContext db, TimeProvider time, IOptions<AccountsOptions> options, AuditLog audit)
{
    public const string Source = "code";

    /// <summary>The source of a link made by the Development chat page.</summary>
    public const string DevelopmentSource = "chat-page";

    /// <summary>A new code for an officer some plan names, replacing their unused ones; null when no plan names them.</summary>
    public async Task<LinkCodeIssue?> IssueAsync(string officerId, string issuedBy, CancellationToken cancellationToken)
    {
        if (!await db.Officers.AnyAsync(o => o.OfficerId == officerId, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var unused = await db.LinkCodes.Where(c => c.OfficerId == officerId && c.UsedAt == null).ToListAsync(cancellationToken);
        db.LinkCodes.RemoveRange(unused);

        string code, hash;
        do
        {
            code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
            hash = Hash(code);
        }
        while (await db.LinkCodes.AnyAsync(c => c.CodeHash == hash && c.UsedAt == null && c.ExpiresAt > now, cancellationToken));

        var expiresAt = now + options.Value.LinkCodeLifetime;
        db.LinkCodes.Add(new LinkCode(officerId, hash, issuedBy, now, expiresAt));
        audit.Record(issuedBy, null, AuditActions.LinkIssue, officerId, $"expires {expiresAt:O}");
        await db.SaveChangesAsync(cancellationToken);
        return new LinkCodeIssue(officerId, code, expiresAt);
    }

    /// <summary>Links the chat account to the code's officer if the code is right, unused and not expired.</summary>
    public async Task<LinkResult> RedeemAsync(
        string channel, string accountId, string? aadObjectId, string code, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        var attempts = await db.LinkAttempts.SingleOrDefaultAsync(a => a.Channel == channel && a.AccountId == accountId, cancellationToken);
        if (attempts?.IsLocked(now) == true)
        {
            return new LinkResult(LinkOutcome.Locked, null, null, 0, attempts.LockedUntil);
        }

        var linked = await db.ChatAccounts.AsNoTracking()
            .Where(a => a.Channel == channel && a.AccountId == accountId)
            .Select(a => a.OfficerId)
            .SingleOrDefaultAsync(cancellationToken);
        if (linked is not null)
        {
            return new LinkResult(LinkOutcome.AlreadyLinked, linked, await NameOfAsync(linked, cancellationToken), settings.MaxFailedAttempts, null);
        }

        var normalized = Normalize(code);
        var stored = normalized is null ? null : await FindAsync(Hash(normalized), now, cancellationToken);
        var failure = stored switch
        {
            null => LinkOutcome.InvalidCode,
            { IsUsed: true } => LinkOutcome.Used,
            _ when stored.IsExpired(now) => LinkOutcome.Expired,
            _ => (LinkOutcome?)null,
        };
        var name = stored is null ? null : await NameOfAsync(stored.OfficerId, cancellationToken);
        if (failure is null && name is null)
        {
            // No plan names the officer any more: the code links to nobody.
            failure = LinkOutcome.InvalidCode;
        }

        if (attempts is null)
        {
            attempts = new LinkAttempts(channel, accountId);
            db.LinkAttempts.Add(attempts);
        }

        if (failure is { } outcome)
        {
            attempts.Fail(now, settings.MaxFailedAttempts, settings.LockDuration);
            audit.Record(AuditActors.System, channel, AuditActions.LinkRedeem, accountId, $"{outcome}");
            await db.SaveChangesAsync(cancellationToken);
            return attempts.IsLocked(now)
                ? new LinkResult(LinkOutcome.Locked, null, null, 0, attempts.LockedUntil)
                : new LinkResult(outcome, null, null, settings.MaxFailedAttempts - attempts.FailedCount, null);
        }

        stored!.MarkUsed(channel, accountId, now);
        attempts.Reset();
        db.ChatAccounts.Add(new ChatAccount(channel, accountId, stored.OfficerId, aadObjectId, Source, now));
        audit.Record(stored.OfficerId, channel, AuditActions.LinkRedeem, accountId, "Linked");
        await db.SaveChangesAsync(cancellationToken);
        return new LinkResult(LinkOutcome.Linked, stored.OfficerId, name, settings.MaxFailedAttempts, null);
    }

    /// <summary>
    /// Links (or relinks) a chat account to an officer some plan names, without a code: only for the Development chat
    /// page's "talk as" picker, where whoever runs the service on their machine picks who to be. False: no such officer.
    /// </summary>
    public async Task<bool> LinkWithoutCodeAsync(string channel, string accountId, string officerId, string actor, CancellationToken cancellationToken)
    {
        if (await NameOfAsync(officerId, cancellationToken) is null)
        {
            return false;
        }

        var now = time.GetUtcNow();
        var account = await db.ChatAccounts.SingleOrDefaultAsync(a => a.Channel == channel && a.AccountId == accountId, cancellationToken);
        if (account is null)
        {
            db.ChatAccounts.Add(new ChatAccount(channel, accountId, officerId, null, DevelopmentSource, now));
        }
        else if (account.OfficerId != officerId)
        {
            account.Relink(officerId, null, DevelopmentSource, now);
        }
        else
        {
            return true;
        }

        audit.Record(actor, channel, AuditActions.LinkRedeem, accountId, $"Linked to {officerId} without a code (Development chat page)");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The six digits of a code as typed ("123 456", "123-456"), or null when it is not one.</summary>
    public static string? Normalize(string? code)
    {
        if (code is null)
        {
            return null;
        }

        var digits = new string([.. code.Where(c => c is not (' ' or '-' or '.'))]);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private async Task<LinkCode?> FindAsync(string hash, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The same six digits may have been issued before; the live one is the one that counts.
        var candidates = await db.LinkCodes.Where(c => c.CodeHash == hash).ToListAsync(cancellationToken);
        return candidates.FirstOrDefault(c => !c.IsUsed && !c.IsExpired(now))
            ?? candidates.OrderByDescending(c => c.CreatedAt).FirstOrDefault();
    }

    private async Task<string?> NameOfAsync(string officerId, CancellationToken cancellationToken) =>
        await db.Officers.AsNoTracking()
            .Where(o => o.OfficerId == officerId)
            .OrderBy(o => o.PlanId)
            .Select(o => o.Name)
            .FirstOrDefaultAsync(cancellationToken);

    private string Hash(string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(options.Value.LinkCodePepper + ":" + code)));
}
