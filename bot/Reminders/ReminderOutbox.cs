using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// The reminders' part of the one outbox: composes a "Reminders" row from its reminders at sending time (items
/// resolved since planning are left out and skipped), settles its reminders with the row, and at the end of each pass
/// tells unit heads and coordinators about the people no channel reached (<see cref="UnreachableNotices"/>).
/// </summary>
public sealed class ReminderOutbox(ReformBotDbContext db, ReminderComposer composer, UnreachableNotices notices, TimeProvider time) : IOutboxComposer, IOutboxListener
{
    public const string RowKind = "Reminders";

    private readonly Dictionary<long, IReadOnlyList<string>> itemNames = [];

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

        var composed = await composer.ComposeAsync(message.OfficerId, reminders, cancellationToken);
        foreach (var reminder in reminders.Where(r => !composed.Included.Contains(r.Id)))
        {
            reminder.Settle(ReminderState.Skipped);
        }

        itemNames[message.Id] = composed.ItemNames;
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

        // Tracked reminders keep what composing set (skipped ones), whatever the database still says.
        var reminders = (await db.Reminders.Where(r => r.OutboxMessageId == message.Id).ToListAsync(cancellationToken))
            .Where(r => r.State == ReminderState.Pending)
            .ToList();
        foreach (var reminder in reminders)
        {
            reminder.Settle(state);
        }

        if (message.State == OutboxState.Unreachable)
        {
            notices.Add(message.OfficerId, [.. reminders.Select(r => r.PlanId).Distinct()], itemNames.GetValueOrDefault(message.Id) ?? []);
        }

        itemNames.Remove(message.Id);
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
}
