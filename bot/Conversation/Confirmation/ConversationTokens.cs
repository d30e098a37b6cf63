using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Conversation.Confirmation;

/// <summary>Issues and redeems the tokens behind "Đúng" and "Hoàn tác" buttons: one use, by the officer they were issued to, before they expire.</summary>
public sealed class ConversationTokens(ReformBotDbContext db, IOptions<ConversationOptions> options, TimeProvider time)
{
    public async Task<string> IssueAsync(ConversationTokenKind kind, string officerId, string channel, string payload, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var life = kind == ConversationTokenKind.Confirm ? options.Value.ConfirmFor : options.Value.UndoFor;
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        db.ConversationTokens.Add(new ConversationToken(token, kind, officerId, channel, payload, now, now + life));
        await db.ConversationTokens.Where(t => t.ExpiresAt < now.AddDays(-1)).ExecuteDeleteAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>The payload of an unused, unexpired token of this officer, now used; null otherwise (nothing changes).</summary>
    public async Task<string?> RedeemAsync(ConversationTokenKind kind, string officerId, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 64)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var stored = await db.ConversationTokens.SingleOrDefaultAsync(t => t.Token == token && t.Kind == kind, cancellationToken);
        if (stored is null || stored.OfficerId != officerId || stored.UsedAt is not null || stored.ExpiresAt <= now)
        {
            return null;
        }

        stored.MarkUsed(now);
        await db.SaveChangesAsync(cancellationToken);
        return stored.Payload;
    }
}
