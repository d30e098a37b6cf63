using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Audit;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;

namespace ReformBot.Absences;

/// <summary>
/// Records, ends and lists officers' absences. Recording one tells the officer's unit heads once (one outbox message
/// each, in the same transaction) and is audited; ending one early lets the reminders held for it go at once.
/// </summary>
public sealed class AbsenceRegister(
    ReformBotDbContext db, WorkingCalendar calendar, QuietHours quietHours, AuditLog audit, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <summary>The longest absence recorded, in days.</summary>
    public const int MaxDays = 366;

    public const string AuditSet = "absence.set";
    public const string AuditEnd = "absence.end";

    /// <summary>Checks dates before anything is recorded: not missing, not in the past, in order, at most a year.</summary>
    public AbsenceDatesProblem Check(DateOnly? from, DateOnly? until)
    {
        if (from is not { } start || until is not { } end)
        {
            return AbsenceDatesProblem.Missing;
        }

        if (end < start)
        {
            return AbsenceDatesProblem.EndsBeforeStart;
        }

        if (end < VietnamTime.Today(time))
        {
            return AbsenceDatesProblem.InPast;
        }

        return end.DayNumber - start.DayNumber >= MaxDays ? AbsenceDatesProblem.TooLong : AbsenceDatesProblem.None;
    }

    /// <summary>The first working morning after <paramref name="until"/>, when what was held back goes out.</summary>
    public DateOnly BackOn(DateOnly until) => calendar.NextWorkingDay(until);

    public DateTimeOffset ReleaseAt(DateOnly until) => VietnamTime.ToUtc(BackOn(until), options.Value.Policy.At);

    /// <summary>Whether the officer is known to any plan (the admin API refuses others).</summary>
    public Task<bool> IsKnownAsync(string officerId, CancellationToken cancellationToken) =>
        db.Officers.AsNoTracking().AnyAsync(o => o.OfficerId == officerId, cancellationToken);

    /// <summary>
    /// Records the absence (dates checked by <see cref="Check"/> first); one still to come or under way that overlaps it
    /// is replaced. The officer's unit heads get one message each.
    /// </summary>
    public async Task<AbsenceRecord> RecordAsync(
        string officerId, DateOnly from, DateOnly until, AbsenceReason reason, string setBy, string? channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        var existing = await db.Absences.Where(a => a.OfficerId == officerId && a.Until >= today && a.EndedEarlyAt == null).ToListAsync(cancellationToken);
        foreach (var old in existing.Where(a => a.From <= until && from <= a.Until))
        {
            old.EndEarly(now, setBy);
        }

        var absence = new Absence(officerId, from, until, reason, setBy, now);
        db.Absences.Add(absence);
        var heads = await HeadsOfAsync(officerId, cancellationToken);
        var name = await db.Officers.AsNoTracking().Where(o => o.OfficerId == officerId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? officerId;
        var opening = quietHours.NextOpening(now);
        foreach (var head in heads)
        {
            db.OutboxMessages.Add(OutboxMessage.Stored(head, OutgoingMessage.PlainText(AbsenceTexts.HeadNotice(name, reason, from, until)), now, opening));
        }

        audit.Record(setBy, channel, AuditSet, officerId, $"{reason} {from:yyyy-MM-dd}..{until:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return new AbsenceRecord(absence, BackOn(until), heads.Count);
    }

    /// <summary>Ends the officer's absence under way now; null when there is none. Reminders held for it go at once.</summary>
    public async Task<(Absence? Ended, int Released)> EndAsync(string officerId, string by, string? channel, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        var current = (await db.Absences.Where(a => a.OfficerId == officerId && a.From <= today && a.Until >= today && a.EndedEarlyAt == null).ToListAsync(cancellationToken))
            .FirstOrDefault(a => a.IsAwayAt(today, now));
        return current is null ? (null, 0) : (current, await EndAsync(current, by, channel, now, cancellationToken));
    }

    /// <summary>Ends (or cancels, when it has not started) one absence by id; null when there is no such absence.</summary>
    public async Task<Absence?> EndAsync(long id, string by, string? channel, CancellationToken cancellationToken)
    {
        var absence = await db.Absences.SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (absence is null)
        {
            return null;
        }

        if (absence.EndedEarlyAt is null && absence.Until >= VietnamTime.Today(time))
        {
            await EndAsync(absence, by, channel, time.GetUtcNow(), cancellationToken);
        }

        return absence;
    }

    public async Task<IReadOnlyList<Absence>> ListAsync(string? officerId, bool currentOnly, CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(time);
        var query = db.Absences.AsNoTracking();
        if (officerId is not null)
        {
            query = query.Where(a => a.OfficerId == officerId);
        }

        if (currentOnly)
        {
            query = query.Where(a => a.Until >= today && a.EndedEarlyAt == null);
        }

        return await query.OrderBy(a => a.From).ThenBy(a => a.Id).Take(1000).ToListAsync(cancellationToken);
    }

    /// <summary>The last day away of each of <paramref name="officerIds"/> away now: how the heads' lists mark them.</summary>
    public async Task<IReadOnlyDictionary<string, DateOnly>> AwayNowAsync(IReadOnlyCollection<string> officerIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.Today(time);
        var ids = officerIds.Distinct(StringComparer.Ordinal).ToList();
        var absences = await db.Absences.AsNoTracking()
            .Where(a => ids.Contains(a.OfficerId) && a.From <= today && a.Until >= today && a.EndedEarlyAt == null)
            .ToListAsync(cancellationToken);
        return absences.Where(a => a.IsAwayAt(today, now)).GroupBy(a => a.OfficerId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(a => a.Until), StringComparer.Ordinal);
    }

    /// <summary>The absence holding <paramref name="officerId"/>'s reminders at <paramref name="now"/>, if any.</summary>
    public async Task<Absence?> AwayAtAsync(string officerId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(now);
        var absences = await db.Absences.AsNoTracking()
            .Where(a => a.OfficerId == officerId && a.From <= today && a.Until >= today && a.EndedEarlyAt == null)
            .ToListAsync(cancellationToken);
        return absences.Where(a => a.IsAwayAt(today, now)).MaxBy(a => a.Until);
    }

    /// <summary>Every absence in force on the day of <paramref name="now"/> (not ended early), by officer.</summary>
    public async Task<ILookup<string, Absence>> AwayOnAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var today = VietnamTime.DateOf(now);
        var absences = await db.Absences.AsNoTracking()
            .Where(a => a.From <= today && a.Until >= today && a.EndedEarlyAt == null)
            .ToListAsync(cancellationToken);
        return absences.ToLookup(a => a.OfficerId, StringComparer.Ordinal);
    }

    private async Task<int> EndAsync(Absence absence, string by, string? channel, DateTimeOffset now, CancellationToken cancellationToken)
    {
        absence.EndEarly(now, by);
        var opening = quietHours.NextOpening(now);
        var held = await db.OutboxMessages
            .Where(m => m.OfficerId == absence.OfficerId && m.Kind == ReminderOutbox.RowKind && m.State == OutboxState.Pending && m.NotBefore > opening)
            .ToListAsync(cancellationToken);
        foreach (var message in held)
        {
            message.Release(opening);
        }

        audit.Record(by, channel, AuditEnd, absence.OfficerId, $"{absence.Reason} {absence.From:yyyy-MM-dd}..{absence.Until:yyyy-MM-dd}");
        await db.SaveChangesAsync(cancellationToken);
        return held.Count;
    }

    /// <summary>The heads an officer answers to in each plan: the other heads of their unit, else the nearest heads above it.</summary>
    private async Task<IReadOnlyList<string>> HeadsOfAsync(string officerId, CancellationToken cancellationToken)
    {
        var memberships = await db.Officers.AsNoTracking().Where(o => o.OfficerId == officerId).ToListAsync(cancellationToken);
        var planIds = memberships.Select(o => o.PlanId).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => planIds.Contains(u.PlanId)).ToListAsync(cancellationToken);
        var heads = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var member in memberships)
        {
            var visited = new HashSet<string>(StringComparer.Ordinal);
            for (string? unit = member.Unit; unit is not null && visited.Add(unit); unit = units.FirstOrDefault(u => u.PlanId == member.PlanId && u.Code == unit)?.Parent)
            {
                var found = officers.Where(o => o.PlanId == member.PlanId && o.Unit == unit && o.Has(OfficerRole.UnitHead) && o.OfficerId != officerId).Select(o => o.OfficerId).ToList();
                if (found.Count > 0)
                {
                    heads.UnionWith(found);
                    break;
                }
            }
        }

        return [.. heads];
    }
}
