using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Sends the outbox messages that are due, outside quiet hours, each claimed first so that two instances never send the
/// same one. Busy or failing channels are retried with growing delays (a longer Retry-After wins) until the configured
/// attempts are spent; then the message is a dead letter. Every attempt is recorded. When nobody can be reached, the
/// person's unit head and the plan's coordinators are told, once a day.
/// </summary>
public sealed partial class OutboxDelivery(
    ReformBotDbContext db,
    OfficerMessenger messenger,
    ReminderComposer composer,
    ReminderPlanning planning,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<OutboxDelivery> logger)
{
    private const int RoundSize = 200;

    public async Task<DeliveryRound> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (planning.NextOpening(now) != now)
        {
            return new DeliveryRound(0, 0);
        }

        var ids = await db.OutboxMessages
            .Where(m => m.State == OutboxState.Pending && m.NotBefore <= now && (m.NextAttemptAt == null || m.NextAttemptAt <= now) && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.Id)
            .Take(RoundSize)
            .ToListAsync(cancellationToken);

        int delivered = 0, failed = 0;
        foreach (var id in ids)
        {
            var claimUntil = now + options.Value.ClaimFor;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.State == OutboxState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ClaimedUntil, claimUntil), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var result = await SendAsync(id, now, cancellationToken);
            delivered += result?.IsSent == true ? 1 : 0;
            failed += result is { Status: DeliveryStatus.RetryLater or DeliveryStatus.Failed } ? 1 : 0;
            db.ChangeTracker.Clear();
        }

        return new DeliveryRound(delivered, failed);
    }

    private async Task<DeliveryResult?> SendAsync(long id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
        var reminders = await db.Reminders.Where(r => r.OutboxMessageId == id).ToListAsync(cancellationToken);
        OutgoingMessage outgoing;
        IReadOnlyList<string> items = [];
        if (message.Kind == OutboxKind.Notice)
        {
            outgoing = OutgoingMessage.PlainText(message.Text ?? string.Empty);
        }
        else
        {
            var composed = await composer.ComposeAsync(message.OfficerId, reminders, cancellationToken);
            foreach (var reminder in reminders.Where(r => !composed.Included.Contains(r.Id)))
            {
                reminder.Settle(ReminderState.Skipped);
            }

            if (composed.Message is null)
            {
                message.Settle(OutboxState.Skipped, "every item was resolved before sending");
                await db.SaveChangesAsync(cancellationToken);
                return null;
            }

            outgoing = composed.Message;
            items = composed.ItemNames;
            reminders = [.. reminders.Where(r => composed.Included.Contains(r.Id))];
        }

        var result = await messenger.SendAsync(message.OfficerId, outgoing, cancellationToken);
        db.DeliveryAttempts.Add(new DeliveryAttempt(id, now, result));
        switch (result.Status)
        {
            case DeliveryStatus.Sent:
                message.Delivered(result.Channel, now);
                Settle(reminders, ReminderState.Sent);
                break;
            case DeliveryStatus.Unreachable:
                message.Settle(OutboxState.Unreachable, result.Detail);
                Settle(reminders, ReminderState.Unreachable);
                if (message.Kind == OutboxKind.Reminders)
                {
                    await TellHeadsAsync(message.OfficerId, reminders, items, now, cancellationToken);
                }

                LogUnreachable(logger, message.OfficerId, id, result.Detail);
                break;
            case DeliveryStatus.RetryLater or DeliveryStatus.Failed when message.Attempts + 1 < options.Value.MaxAttempts:
                var backoff = options.Value.RetryDelay * Math.Pow(2, message.Attempts);
                message.RetryAt(now + (result.RetryAfter is { } after && after > backoff ? after : backoff), result.Detail);
                break;
            default:
                message.Settle(OutboxState.Dead, result.Detail);
                Settle(reminders, ReminderState.Dead);
                LogDead(logger, message.OfficerId, id, message.Attempts, result.Detail);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private static void Settle(IEnumerable<Reminder> reminders, ReminderState state)
    {
        foreach (var reminder in reminders)
        {
            reminder.Settle(state);
        }
    }

    /// <summary>Tells the unit heads of the person and the coordinators of the plans concerned that the person was not reached.</summary>
    private async Task TellHeadsAsync(string officerId, IReadOnlyList<Reminder> reminders, IReadOnlyList<string> items, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planIds = reminders.Select(r => r.PlanId).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => planIds.Contains(u.PlanId)).ToListAsync(cancellationToken);
        var person = officers.FirstOrDefault(o => o.OfficerId == officerId);
        if (person is null)
        {
            return;
        }

        var unitName = units.FirstOrDefault(u => u.PlanId == person.PlanId && u.Code == person.Unit)?.Name ?? person.Unit;
        var text = ReminderTexts.Unreachable(person.Name, unitName, items);
        var told = officers
            .Where(o => o.OfficerId != officerId
                && ((o.Has(OfficerRole.UnitHead) && officers.Any(p => p.PlanId == o.PlanId && p.OfficerId == officerId && p.Unit == o.Unit))
                    || o.Has(OfficerRole.Coordinator)))
            .Select(o => o.OfficerId)
            .Distinct(StringComparer.Ordinal);
        var day = Calendar.VietnamTime.DateOf(now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var recipient in told)
        {
            var key = $"unreachable|{officerId}|{recipient}|{day}";
            if (!await db.OutboxMessages.AnyAsync(m => m.DedupeKey == key, cancellationToken))
            {
                db.OutboxMessages.Add(OutboxMessage.Notice(recipient, text, key, now, now));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {OfficerId} cannot be reached for outbox message {MessageId}: {Detail}")]
    private static partial void LogUnreachable(ILogger logger, string officerId, long messageId, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} to {OfficerId} is a dead letter after {Attempts} attempts: {Detail}")]
    private static partial void LogDead(ILogger logger, string officerId, long messageId, int attempts, string? detail);
}
