using Microsoft.EntityFrameworkCore;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Links an OA account to the officer whose plan lists the phone number the user shared (<c>user_submit_info</c>; the
/// number is the one Zalo holds for the account, and the event is signed). "+84", "84" and "0" prefixes are the same
/// number. Never relinks an account that already belongs to someone else.
/// </summary>
public sealed partial class ZaloPhoneLinker(
    ReformBotDbContext db, IConversationHandler conversation, TimeProvider time, ILogger<ZaloPhoneLinker> logger)
{
    public async Task<ConversationReply> LinkAsync(IncomingMessage incoming, string? phone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        var number = ZaloPhone.Normalize(phone);
        if (number is null)
        {
            return ConversationReply.WithText(ZaloTexts.PhoneNotFound);
        }

        var withPhones = await db.Officers.AsNoTracking()
            .Where(o => o.Phone != null)
            .Select(o => new { o.OfficerId, o.Phone })
            .ToListAsync(cancellationToken);
        var matches = withPhones.Where(o => ZaloPhone.Normalize(o.Phone) == number).Select(o => o.OfficerId).Distinct(StringComparer.Ordinal).ToList();
        if (matches.Count == 0)
        {
            return ConversationReply.WithText(ZaloTexts.PhoneNotFound);
        }

        if (matches.Count > 1)
        {
            return ConversationReply.WithText(ZaloTexts.PhoneAmbiguous);
        }

        var existing = await db.ChatAccounts.SingleOrDefaultAsync(
            a => a.Channel == ZaloChannelNames.Oa && a.AccountId == incoming.AccountId, cancellationToken);
        if (existing is not null && existing.OfficerId != matches[0])
        {
            return ConversationReply.WithText(ZaloTexts.AlreadyLinkedElsewhere);
        }

        if (existing is null)
        {
            db.ChatAccounts.Add(new ChatAccount(ZaloChannelNames.Oa, incoming.AccountId, matches[0], null, ZaloChannelNames.PhoneSource, time.GetUtcNow()));
            await db.SaveChangesAsync(cancellationToken);
            LogLinked(logger, incoming.AccountId, matches[0]);
        }

        return await conversation.WelcomeAsync(incoming, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo account {UserId} linked to officer {OfficerId} by phone number")]
    private static partial void LogLinked(ILogger logger, string userId, string officerId);
}
