using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using Microsoft.Extensions.Options;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// One planning round: every reminder that has come due since the last round is written down with its outbox message,
/// in one transaction with the new watermark. A person gets one proactive message a working day: their daily row
/// (dedupe key <c>daily|{officer}|{local date}</c>, sent at <c>Reminders:At</c>), found or created for each reminder and
/// for each notice held for it (<see cref="OutboxMessage.InDailyMessage"/>). What comes due after that day's message went
/// out waits for the next working morning's, unless its deadline is that day; a snoozed reminder (asked for by the
/// person) goes out at its own time. A reminder already written (same dedupe key) is never written again; after
/// downtime the first round catches up everything missed at once.
/// </summary>
public sealed partial class ReminderPlanning(
    ReformBotDbContext db,
    ReminderPlanner planner,
    ReminderPlanStates states,
    ReminderWindow window,
    QuietHours quietHours,
    WorkingCalendar calendar,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderPlanning> logger)
{
    private readonly Dictionary<string, OutboxMessage> rows = new(StringComparer.Ordinal);
    private readonly HashSet<string> absent = new(StringComparer.Ordinal);

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
        rows.Clear();
        absent.Clear();

        // Notices held for a daily message (plan changes, people not reached) need one to ride in.
        var waiting = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.InDailyMessage && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .Select(m => m.OfficerId)
            .Distinct()
            .ToListAsync(cancellationToken);
        await LoadDailyRowsAsync([.. fresh.Select(r => r.OfficerId), .. waiting], now, cancellationToken);
        foreach (var reminder in fresh)
        {
            var row = reminder.Stage == ReminderStage.Snoozed
                ? Row($"snoozed|{reminder.OfficerId}", () => OutboxMessage.Composed(reminder.OfficerId, ReminderOutbox.RowKind, now, NextOpening(now)))
                : await DailyRowAsync(reminder.OfficerId, reminder.Stage == ReminderStage.DueDay, now, cancellationToken);
            db.Reminders.Add(new Reminder(reminder, row, now));
        }

        foreach (var officerId in waiting)
        {
            await DailyRowAsync(officerId, false, now, cancellationToken);
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

    /// <summary>Local date of the daily row <paramref name="instant"/> belongs to: that day, or the next working day after its working hours.</summary>
    public DateOnly DailyDate(DateTimeOffset instant) => VietnamTime.DateOf(NextOpening(instant));

    public static string DailyKey(string officerId, DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"daily|{officerId}|{date:yyyy-MM-dd}");

    /// <summary>
    /// The row a reminder or notice for <paramref name="officerId"/> goes in: today's daily row while it has not gone out,
    /// else the next working morning's — or, for an item whose deadline is today, a row of its own now.
    /// </summary>
    private async Task<OutboxMessage> DailyRowAsync(string officerId, bool deadlineToday, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var date = DailyDate(now);
        var today = await DailyAsync(officerId, date, cancellationToken);
        if (today.State == OutboxState.Pending && !(today.ClaimedUntil >= now))
        {
            return today;
        }

        if (deadlineToday && date == VietnamTime.DateOf(now))
        {
            return Row($"late|{officerId}", () => OutboxMessage.Composed(officerId, ReminderOutbox.RowKind, now, NextOpening(now)));
        }

        return await DailyAsync(officerId, calendar.NextWorkingDay(date), cancellationToken);
    }

    private async Task<OutboxMessage> DailyAsync(string officerId, DateOnly date, CancellationToken cancellationToken)
    {
        var key = DailyKey(officerId, date);
        if (rows.TryGetValue(key, out var row))
        {
            return row;
        }

        row = absent.Contains(key) ? null : await db.OutboxMessages.SingleOrDefaultAsync(m => m.DedupeKey == key, cancellationToken);
        if (row is null)
        {
            var now = time.GetUtcNow();
            var at = VietnamTime.ToUtc(date, options.Value.Policy.At);
            row = OutboxMessage.Composed(officerId, ReminderOutbox.RowKind, now, at > now ? at : NextOpening(now), key);
            db.OutboxMessages.Add(row);
        }

        rows[key] = row;
        return row;
    }

    /// <summary>
    /// Reads the daily rows a round can need (each person's for today's and the next working day's message) a batch of
    /// keys at a time, rather than one query per person; the keys not found are remembered as absent.
    /// </summary>
    private async Task LoadDailyRowsAsync(IEnumerable<string> officerIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var date = DailyDate(now);
        var next = calendar.NextWorkingDay(date);
        var keys = officerIds.Distinct(StringComparer.Ordinal).SelectMany(o => new[] { DailyKey(o, date), DailyKey(o, next) }).ToList();
        foreach (var batch in keys.Chunk(KeyBatch))
        {
            foreach (var row in await db.OutboxMessages.Where(m => batch.Contains(m.DedupeKey)).ToListAsync(cancellationToken))
            {
                rows[row.DedupeKey!] = row;
            }
        }

        absent.UnionWith(keys.Where(k => !rows.ContainsKey(k)));
    }

    private OutboxMessage Row(string key, Func<OutboxMessage> create)
    {
        if (!rows.TryGetValue(key, out var row))
        {
            row = create();
            db.OutboxMessages.Add(row);
            rows[key] = row;
        }

        return row;
    }

    /// <summary>What the policy asks for in (<paramref name="after"/>, <paramref name="upTo"/>], from the plans as they are now.</summary>
    public async Task<IReadOnlyList<PlannedReminder>> DueAsync(DateTimeOffset after, DateTimeOffset upTo, CancellationToken cancellationToken)
    {
        var snapshot = await states.SnapshotAsync(cancellationToken);
        var snoozes = await states.SnoozesAsync(after, cancellationToken);
        var due = window.Due(snapshot, snoozes, after, upTo, (from, to) => planner.Due(snapshot.States, snoozes, options.Value.For, from, to));
        if (due.Count == 0)
        {
            return due;
        }

        var stops = await states.StopsAsync(cancellationToken);
        return [.. due.Where(r => !stops.Any(s => s.Stops(r.OfficerId, r.PlanCode, r.Subject, r.ItemRef, r.UnitCode)))];
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
