using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Who the Bot Framework channels could reach proactively, by the same rules as <see cref="ProactiveMessenger"/>: a
/// live 1:1 conversation of one of their accounts, or a Teams member id and a known tenant to open one with.
/// </summary>
internal sealed class BotFrameworkReach(ReformBotDbContext db, IOptions<BotOptions> options) : IChannelReach
{
    private const string Teams = "msteams";

    public string Channel => "msteams";

    public async Task<IReadOnlyDictionary<string, ChannelReachability>> AssessAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(officerIds);
        var accounts = await db.ChatAccounts.AsNoTracking()
            .Where(a => officerIds.Contains(a.OfficerId) && a.Channel != "zalo" && a.Channel != "zalobot")
            .ToListAsync(cancellationToken);
        var accountIds = accounts.Select(a => a.AccountId).Distinct().ToList();
        var references = (await db.ConversationReferences.AsNoTracking().Where(r => accountIds.Contains(r.AccountId)).ToListAsync(cancellationToken))
            .ToLookup(r => (r.ChannelId, r.AccountId));
        var tenantKnown = options.Value.MicrosoftAppTenantId is not null
            || await db.ConversationReferences.AnyAsync(r => r.ChannelId == Teams && r.TenantId != null, cancellationToken);

        var result = new Dictionary<string, ChannelReachability>(StringComparer.Ordinal);
        foreach (var officer in accounts.GroupBy(a => a.OfficerId))
        {
            var known = officer.SelectMany(a => references[(a.Channel, a.AccountId)]).ToList();
            var live = known.Where(r => !r.IsStale && r.ConversationId is not null).OrderByDescending(r => r.UpdatedAt).FirstOrDefault();
            var teamsMember = officer.Any(a => a.Channel == Teams && (a.AccountId.StartsWith("29:", StringComparison.Ordinal) || a.AadObjectId is not null));
            result[officer.Key] = live is not null
                ? new ChannelReachability(live.ChannelId, true, $"conversation on {live.ChannelId}, last seen {live.UpdatedAt:yyyy-MM-dd HH:mm} UTC")
                : teamsMember && tenantKnown
                    ? new ChannelReachability(Teams, true, "no chat yet: the bot opens a 1:1 chat (the app must be installed for them)")
                    : known.Any(r => r.IsStale)
                        ? new ChannelReachability(officer.First().Channel, false, "the conversation is gone (the app was removed or the chat deleted)")
                        : new ChannelReachability(officer.First().Channel, false, "never wrote to the bot and no Teams id with a known tenant");
        }

        return result;
    }
}
