using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// Who is linked on which channel and who the bot cannot reach: each officer of the stored plans (or of one plan), with
/// their chat accounts and what every channel that can tell says about reaching them now.
/// </summary>
internal sealed class OfficerReach(ReformBotDbContext db, IEnumerable<IChannelReach> channels)
{
    public async Task<IReadOnlyList<OfficerReachResponse>?> ListAsync(string? planCode, CancellationToken cancellationToken)
    {
        var plans = db.Plans.AsNoTracking();
        if (planCode is not null)
        {
            plans = plans.Where(p => p.Code == planCode);
            if (!await plans.AnyAsync(cancellationToken))
            {
                return null;
            }
        }

        var officers = await db.Officers.AsNoTracking()
            .Join(plans, o => o.PlanId, p => p.Id, (o, p) => new { o.OfficerId, o.Name, o.Unit, Plan = p.Code, o.Position })
            .ToListAsync(cancellationToken);
        var ids = officers.Select(o => o.OfficerId).Distinct(StringComparer.Ordinal).ToList();
        var accounts = (await db.ChatAccounts.AsNoTracking().Where(a => ids.Contains(a.OfficerId)).ToListAsync(cancellationToken))
            .ToLookup(a => a.OfficerId, StringComparer.Ordinal);
        var assessed = new List<IReadOnlyDictionary<string, ChannelReachability>>();
        foreach (var channel in channels)
        {
            assessed.Add(await channel.AssessAsync(ids, cancellationToken));
        }

        return [.. officers
            .GroupBy(o => o.OfficerId, StringComparer.Ordinal)
            .Select(person =>
            {
                var first = person.OrderBy(o => o.Plan, StringComparer.Ordinal).ThenBy(o => o.Position).First();
                var reach = assessed.Select(a => a.GetValueOrDefault(person.Key)).OfType<ChannelReachability>().ToList();
                var linked = accounts[person.Key].Select(a => new LinkedAccountResponse(a.Channel, a.AccountId, a.Source, a.LinkedAt)).ToList();
                return new OfficerReachResponse(
                    person.Key, first.Name, first.Unit, [.. person.Select(o => o.Plan).Distinct().Order(StringComparer.Ordinal)],
                    linked, reach, reach.Any(r => r.Reachable),
                    linked.Count == 0 ? "no linked chat account: issue a link code" : reach.Any(r => r.Reachable) ? null : "no channel can reach them now");
            })
            .OrderBy(o => o.Reachable)
            .ThenBy(o => o.Unit, StringComparer.Ordinal)
            .ThenBy(o => o.Name, StringComparer.Ordinal)];
    }
}

/// <summary>One officer in <c>GET /api/admin/officers/reach</c>.</summary>
internal sealed record OfficerReachResponse(
    string OfficerId, string Name, string Unit, IReadOnlyList<string> Plans, IReadOnlyList<LinkedAccountResponse> Accounts,
    IReadOnlyList<ChannelReachability> Channels, bool Reachable, string? Problem);

/// <summary>A chat account linked to the officer: where, which id, how it was linked and when.</summary>
internal sealed record LinkedAccountResponse(string Channel, string AccountId, string Source, DateTimeOffset LinkedAt);
