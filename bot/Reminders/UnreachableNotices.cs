using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Tells the unit heads of the people no channel reached and the coordinators of their plans: one notice per
/// recipient per day (its dedupe key), listing everyone of theirs not reached in the pass that first found some.
/// The notices are outbox rows held for each recipient's next daily message (<see cref="OutboxMessage.InDailyMessage"/>).
/// </summary>
public sealed partial class UnreachableNotices(ReformBotDbContext db, UnreachableFindings findings, TimeProvider time, ILogger<UnreachableNotices> logger)
{
    public void Add(string officerId, IReadOnlyList<int> planIds, IReadOnlyList<string> items) => findings.Add(new UnreachablePerson(officerId, planIds, items));

    /// <summary>Writes the notices for everyone gathered in the round (called once, when all its lanes are done).</summary>
    public async Task WriteAsync(CancellationToken cancellationToken)
    {
        var found = findings.Take();
        if (found.Count == 0)
        {
            return;
        }

        var now = time.GetUtcNow();
        var planIds = found.SelectMany(p => p.PlanIds).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => planIds.Contains(u.PlanId)).ToListAsync(cancellationToken);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in found)
        {
            var entries = officers.Where(o => o.OfficerId == person.OfficerId && person.PlanIds.Contains(o.PlanId)).ToList();
            if (entries.Count == 0)
            {
                continue;
            }

            var unitName = units.FirstOrDefault(u => u.PlanId == entries[0].PlanId && u.Code == entries[0].Unit)?.Name ?? entries[0].Unit;
            var line = ReminderTexts.UnreachableLine(entries[0].Name, unitName, person.Items);
            var told = officers.Where(o => o.OfficerId != person.OfficerId && person.PlanIds.Contains(o.PlanId)
                && (o.Has(OfficerRole.Coordinator) || (o.Has(OfficerRole.UnitHead) && entries.Any(e => e.PlanId == o.PlanId && e.Unit == o.Unit))));
            foreach (var recipient in told.Select(o => o.OfficerId).Distinct(StringComparer.Ordinal))
            {
                if (!lines.TryGetValue(recipient, out var list))
                {
                    lines[recipient] = list = [];
                }

                if (!list.Contains(line, StringComparer.Ordinal))
                {
                    list.Add(line);
                }
            }
        }

        var day = VietnamTime.DateOf(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (recipient, list) in lines)
        {
            var key = $"unreachable|{recipient}|{day}";
            if (!await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key, cancellationToken))
            {
                db.OutboxMessages.Add(OutboxMessage.Stored(recipient, OutgoingMessage.PlainText(ReminderTexts.Unreachable(list)), now, now, key).GoesInDailyMessage());
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // Another instance wrote today's notice first (unique dedupe key): theirs stands.
            LogLostRace(logger, e);
            db.ChangeTracker.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "An unreachable notice was already written by another sender")]
    private static partial void LogLostRace(ILogger logger, Exception exception);
}
