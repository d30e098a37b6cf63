using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ReformBot.Conversation.Confirmation;
using ReformBot.Storage;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Makes an accepted file consent upload once, whichever instance gets the invoke and however often: Teams sends an
/// invoke again when the answer is slow, and people press "Allow" twice. The first accept of a card claims it with a
/// row in <c>conversation_tokens</c> (kind <see cref="ConversationTokenKind.FileConsent"/>, unique token: a hash of the
/// card's activity and the offer's token), marks it done after the upload, and gives it back if the upload failed so
/// that pressing again retries. A claim whose instance died is taken over after <see cref="Lease"/>.
/// </summary>
internal sealed class FileConsentClaims(ReformBotDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>How long a done upload is remembered: longer than any offer's signed link lives (at most 7 days).</summary>
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(8);

    public static string Key(string offerToken, string? cardActivityId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{cardActivityId}|{offerToken}")));

    public async Task<FileConsentClaim> ClaimAsync(string key, string? userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var claim = new ConversationToken(key, ConversationTokenKind.FileConsent, Shorten(userId ?? string.Empty, 100), "msteams", string.Empty, now, now + Lease);
        db.ConversationTokens.Add(claim);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return FileConsentClaim.Claimed;
        }
        catch (DbUpdateException)
        {
            // Another accept of the same card was first (here or on another instance).
            db.Entry(claim).State = EntityState.Detached;
        }

        var held = await db.ConversationTokens.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Token == key && t.Kind == ConversationTokenKind.FileConsent, cancellationToken);
        if (held is null || held.UsedAt is not null)
        {
            return held is null ? FileConsentClaim.InProgress : FileConsentClaim.Done;
        }

        if (held.ExpiresAt > now)
        {
            return FileConsentClaim.InProgress;
        }

        var taken = await db.ConversationTokens
            .Where(t => t.Id == held.Id && t.UsedAt == null && t.ExpiresAt == held.ExpiresAt)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAt, now + Lease), cancellationToken);
        return taken == 1 ? FileConsentClaim.Claimed : FileConsentClaim.InProgress;
    }

    public async Task DoneAsync(string key, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.ConversationTokens
            .Where(t => t.Token == key && t.Kind == ConversationTokenKind.FileConsent)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now).SetProperty(t => t.ExpiresAt, now + Remembered), cancellationToken);
    }

    /// <summary>Gives the claim back: the upload failed, the next accept tries again.</summary>
    public async Task ReleaseAsync(string key, CancellationToken cancellationToken) =>
        await db.ConversationTokens
            .Where(t => t.Token == key && t.Kind == ConversationTokenKind.FileConsent && t.UsedAt == null)
            .ExecuteDeleteAsync(cancellationToken);

    private static string Shorten(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>What an accept found: the upload is this one's to do, another accept is doing it, or it was done.</summary>
internal enum FileConsentClaim
{
    Claimed,
    InProgress,
    Done,
}
