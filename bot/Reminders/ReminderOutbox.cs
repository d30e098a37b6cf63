using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// The reminders' part of the one outbox: composes a "Reminders" row from its reminders at sending time (items
/// resolved since planning are left out and skipped), settles its reminders with the row, and at the end of each pass
/// tells unit heads and coordinators about the people no channel reached (<see cref="UnreachableNotices"/>).
/// </summary>
public sealed class ReminderOutbox(ReformBotDbContext db, ReminderComposer composer, UnreachableNotices notices) : IOutboxComposer, IOutboxListener
{
    public const string RowKind = "Reminders";

    private readonly Dictionary<long, IReadOnlyList<string>> itemNames = [];

    public string Kind => RowKind;

    public async Task<OutgoingMessage?> ComposeAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var reminders = await db.Reminders.Where(r => r.OutboxMessageId == message.Id && r.State == ReminderState.Pending).ToListAsync(cancellationToken);
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

    Task IOutboxListener.SettledAsync(OutboxMessage message, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task PassEndedAsync(CancellationToken cancellationToken) => notices.WriteAsync(cancellationToken);
}
