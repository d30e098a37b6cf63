using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// The reminders' part of the one outbox: composes a "Reminders" row from its reminders at sending time (items
/// resolved since planning are left out and skipped) together with the notices held for the person's daily message
/// (<see cref="OutboxMessage.InDailyMessage"/>: plan changes, people not reached), which it claims and settles with the
/// row; at the end of each pass it tells unit heads and coordinators about the people no channel reached
/// (<see cref="UnreachableNotices"/>).
/// </summary>
public sealed class ReminderOutbox(ReformBotDbContext db, ReminderComposer composer, UnreachableNotices notices, TimeProvider time) : IOutboxComposer, IOutboxListener
{
    public const string RowKind = "Reminders";

    private readonly Dictionary<long, Composition> compositions = [];

    public string Kind => RowKind;

    public async Task<OutgoingMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reminders = await db.Reminders.Where(r => r.OutboxMessageId == message.Id && r.State == ReminderState.Pending).ToListAsync(cancellationToken);
        reminders.AddRange(await AbsorbAsync(message, cancellationToken));
        var stops = await db.ReminderStops.AsNoTracking().Where(s => s.OfficerId == message.OfficerId && s.ResumedAt == null).ToListAsync(cancellationToken);
        foreach (var stopped in reminders.Where(r => stops.Any(s => s.Stops(r.OfficerId, r.PlanCode, r.Subject, r.ItemRef, r.UnitCode))).ToList())
        {
            // Asked to hear no more about it after this reminder was written.
            stopped.Settle(ReminderState.Skipped);
            reminders.Remove(stopped);
        }

        var riders = await ClaimHeldNoticesAsync(message, cancellationToken);
        var composed = await composer.ComposeAsync(message.OfficerId, reminders, [.. riders.Select(r => r.StoredMessage()).OfType<OutgoingMessage>()], cancellationToken);
        foreach (var reminder in reminders.Where(r => !composed.Included.Contains(r.Id)))
        {
            reminder.Settle(ReminderState.Skipped);
        }

        compositions[message.Id] = new Composition(reminders.Select(r => r.Id).ToHashSet(), [.. riders.Select(r => r.Id)], composed.ItemNames);
        return composed.Message;
    }

    public async Task SettledAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var state = message.State switch
        {
            OutboxState.Sent => ReminderState.Sent,
            OutboxState.Unreachable => ReminderState.Unreachable,
            OutboxState.Skipped => ReminderState.Skipped,
            _ => ReminderState.Dead,
        };

        var composition = compositions.GetValueOrDefault(message.Id);
        compositions.Remove(message.Id);

        // Tracked reminders keep what composing set (skipped ones), whatever the database still says.
        var reminders = (await db.Reminders.Where(r => r.OutboxMessageId == message.Id).ToListAsync(cancellationToken))
            .Where(r => r.State == ReminderState.Pending)
            .ToList();
        var late = new List<Reminder>();
        foreach (var reminder in reminders)
        {
            // Written into the row by another instance's planning round while this one was sending it: not in this
            // message, so it goes in a row of its own rather than being marked sent.
            if (composition is not null && !composition.Reminders.Contains(reminder.Id) && message.State == OutboxState.Sent)
            {
                late.Add(reminder);
                continue;
            }

            reminder.Settle(state);
        }

        if (late.Count > 0)
        {
            var now = time.GetUtcNow();
            var row = OutboxMessage.Composed(message.OfficerId, RowKind, now, now);
            db.OutboxMessages.Add(row);
            late.ForEach(r => r.MoveTo(row));
        }

        if (composition is { Riders.Count: > 0 })
        {
            foreach (var rider in await db.OutboxMessages.Where(m => composition.Riders.Contains(m.Id) && m.State == OutboxState.Pending).ToListAsync(cancellationToken))
            {
                rider.SettleWith(message);
            }
        }

        if (message.State == OutboxState.Unreachable)
        {
            notices.Add(message.OfficerId, [.. reminders.Except(late).Select(r => r.PlanId).Distinct()], composition?.ItemNames ?? []);
        }
    }

    /// <summary>
    /// The person's other reminder rows due now (held back while they were away, or left by downtime) join this one, so
    /// what waited reaches them in one message; the rows left empty are skipped when their turn comes.
    /// </summary>
    private async Task<IReadOnlyList<Reminder>> AbsorbAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var others = await db.OutboxMessages
            .Where(m => m.Id != message.Id && m.OfficerId == message.OfficerId && m.Kind == RowKind && m.State == OutboxState.Pending
                && m.NotBefore <= now && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        if (others.Count == 0)
        {
            return [];
        }

        var moved = await db.Reminders.Where(r => others.Contains(r.OutboxMessageId) && r.State == ReminderState.Pending).ToListAsync(cancellationToken);
        foreach (var reminder in moved)
        {
            reminder.MoveTo(message);
        }

        return moved;
    }

    Task IOutboxListener.SettledAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PassEndedAsync(CancellationToken cancellationToken) => notices.WriteAsync(cancellationToken);

    /// <summary>
    /// The reminders that died with the row go with it again, and so do the notices that rode in it (settled dead with
    /// it, see <see cref="SettledAsync"/>): held again for the person's daily message, which the revived row is. A held
    /// notice is only ever settled with a daily message, so a dead one of this person died with one of their daily
    /// messages; no column names which, so reviving one of them gives every such notice of the person its ride back.
    /// </summary>
    public async Task RevivedAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != RowKind)
        {
            return;
        }

        foreach (var reminder in await db.Reminders.Where(r => r.OutboxMessageId == message.Id && r.State == ReminderState.Dead).ToListAsync(cancellationToken))
        {
            reminder.Settle(ReminderState.Pending);
        }

        var now = time.GetUtcNow();
        foreach (var rider in await db.OutboxMessages.Where(m => m.OfficerId == message.OfficerId && m.InDailyMessage && m.State == OutboxState.Dead).ToListAsync(cancellationToken))
        {
            rider.Revive(now);
        }
    }

    /// <summary>
    /// Takes the person's held notices for this message, each with the row's own lease, so another sender composing
    /// another of the person's rows at the same moment cannot take them too.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimHeldNoticesAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = message.ClaimedUntil is { } lease && lease > now ? lease : now + TimeSpan.FromMinutes(1);
        var candidates = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.OfficerId == message.OfficerId && m.InDailyMessage && m.State == OutboxState.Pending && m.CreatedAt <= now
                && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .ToListAsync(cancellationToken);
        var claimed = new List<long>();
        foreach (var id in candidates)
        {
            if (await db.OutboxMessages
                    .Where(m => m.Id == id && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, until), cancellationToken) == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed.Count == 0 ? [] : await db.OutboxMessages.Where(m => claimed.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private sealed record Composition(IReadOnlySet<long> Reminders, IReadOnlyList<long> Riders, IReadOnlyList<string> ItemNames);
}
