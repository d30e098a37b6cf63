using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// One planning round: every reminder that has come due since the last round is written down with its outbox message,
/// one message per person for the round, in one transaction with the new watermark. A reminder already written
/// (same dedupe key) is never written again; after downtime the first round catches up everything missed at once.
/// </summary>
public sealed partial class ReminderPlanning(
    ReformBotDbContext db,
    ReminderPlanner planner,
    ReminderPlanStates states,
    QuietHours quietHours,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderPlanning> logger)
{
    private const int KeyBatch = 400;

    /// <returns>How many reminders were written.</returns>
    public async Task<int> PlanDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var watermark = await db.ReminderWatermarks.SingleOrDefaultAsync(cancellationToken);
        if (watermark is null)
        {
            // A new database starts now: reminders of the past are not sent to people who never asked for them.
            db.ReminderWatermarks.Add(new ReminderWatermark(now));
            await SaveOrLoseRaceAsync(cancellationToken);
            return 0;
        }

        if (now <= watermark.PlannedUpTo)
        {
            return 0;
        }

        var due = await DueAsync(watermark.PlannedUpTo, now, cancellationToken);
        var existing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var batch in due.Select(r => r.DedupeKey).Chunk(KeyBatch))
        {
            existing.UnionWith(await db.Reminders.Where(r => batch.Contains(r.DedupeKey)).Select(r => r.DedupeKey).ToListAsync(cancellationToken));
        }

        var fresh = due.Where(r => !existing.Contains(r.DedupeKey)).ToList();
        var notBefore = NextOpening(now);
        foreach (var person in fresh.GroupBy(r => r.OfficerId, StringComparer.Ordinal))
        {
            var message = OutboxMessage.Composed(person.Key, ReminderOutbox.RowKind, now, notBefore);
            db.OutboxMessages.Add(message);
            db.Reminders.AddRange(person.Select(r => new Reminder(r, message, now)));
        }

        watermark.MoveTo(now);
        if (!await SaveOrLoseRaceAsync(cancellationToken))
        {
            return 0;
        }

        if (fresh.Count > 0)
        {
            var people = fresh.Select(r => r.OfficerId).Distinct(StringComparer.Ordinal).Count();
            LogPlanned(logger, fresh.Count, people, watermark.PlannedUpTo);
        }

        return fresh.Count;
    }

    /// <summary>What the policy asks for in (<paramref name="after"/>, <paramref name="upTo"/>], from the plans as they are now.</summary>
    public async Task<IReadOnlyList<PlannedReminder>> DueAsync(DateTimeOffset after, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var plans = await states.LoadAsync(cancellationToken);
        var snoozes = await states.SnoozesAsync(after, cancellationToken);
        var stops = await states.StopsAsync(cancellationToken);
        return [.. planner.Due(plans, snoozes, options.Value.For, after, upTo)
            .Where(r => !stops.Any(s => s.Stops(r.OfficerId, r.PlanCode, r.Subject, r.ItemRef, r.UnitCode)))];
    }

    /// <summary>How far reminders are written down; null before the first round.</summary>
    public async Task<DateTimeOffset?> PlannedUpToAsync(CancellationToken cancellationToken) =>
        (await db.ReminderWatermarks.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.PlannedUpTo;

    /// <summary>The first moment at or after <paramref name="instant"/> inside working hours of a working day.</summary>
    public DateTimeOffset NextOpening(DateTimeOffset instant) => quietHours.NextOpening(instant);

    private async Task<bool> SaveOrLoseRaceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException e)
        {
            // Another instance wrote the same reminders (unique dedupe keys) or the first watermark first: its round
            // stands, this one is dropped whole and the next round starts from what is stored.
            LogLostRace(logger, e);
            db.ChangeTracker.Clear();
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Planned {Count} reminders for {People} people, up to {UpTo}")]
    private static partial void LogPlanned(ILogger logger, int count, int people, DateTimeOffset upTo);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A planning round was dropped: another writer stored the same reminders first")]
    private static partial void LogLostRace(ILogger logger, Exception exception);
}
