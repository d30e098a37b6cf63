using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Who the Zalo OA could reach proactively, by the rules of <see cref="ZaloOfficerChannel"/>: following and within the
/// interaction window for a consultation message, or a template configured (and a phone number, for ZNS) outside it.
/// </summary>
internal sealed class ZaloReach(ReformBotDbContext db, IOptions<ZaloOptions> options, TimeProvider time) : IChannelReach
{
    public string Channel => ZaloChannelNames.Oa;

    public async Task<IReadOnlyDictionary<string, ChannelReachability>> AssessAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officerIds);
        var settings = options.Value;
        var accounts = await db.ChatAccounts.AsNoTracking()
            .Where(a => officerIds.Contains(a.OfficerId) && a.Channel == ZaloChannelNames.Oa)
            .Select(a => new { a.OfficerId, a.AccountId })
            .ToListAsync(cancellationToken);
        var userIds = accounts.Select(a => a.AccountId).ToList();
        var users = await db.ZaloUsers.AsNoTracking().Where(u => userIds.Contains(u.UserId)).ToDictionaryAsync(u => u.UserId, cancellationToken);
        var withPhone = (await db.Officers.AsNoTracking().Where(o => officerIds.Contains(o.OfficerId) && o.Phone != null).Select(o => o.OfficerId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();

        var result = new Dictionary<string, ChannelReachability>(StringComparer.Ordinal);
        foreach (var officer in accounts.GroupBy(a => a.OfficerId))
        {
            var known = officer.Select(a => users.GetValueOrDefault(a.AccountId)).OfType<ZaloUser>().ToList();
            var template = settings.TemplateId is not null
                && (settings.TemplateRecipient == ZaloTemplateRecipient.UserId || withPhone.Contains(officer.Key));
            result[officer.Key] = known.Any(u => u.IsFollowing != false && u.IsInWindow(now, settings.InteractionWindow))
                ? new ChannelReachability(Channel, true, "interacted within the window")
                : template
                    ? new ChannelReachability(Channel, true, "outside the window: a template message goes instead")
                    : known.Count > 0 && known.All(u => u.IsFollowing == false)
                        ? new ChannelReachability(Channel, false, "no longer follows the OA")
                        : new ChannelReachability(Channel, false, "no interaction within the window and no template (Zalo:TemplateId)");
        }

        return result;
    }
}
