using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Calendar;
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
        var unreachable = new List<UnreachablePerson>();
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

            var result = await SendAsync(id, now, unreachable, cancellationToken);
            delivered += result?.IsSent == true ? 1 : 0;
            failed += result is { Status: DeliveryStatus.RetryLater or DeliveryStatus.Failed } ? 1 : 0;
            db.ChangeTracker.Clear();
        }

        if (unreachable.Count > 0)
        {
            await TellHeadsAsync(unreachable, now, cancellationToken);
        }

        return new DeliveryRound(delivered, failed);
    }

    private async Task<DeliveryResult?> SendAsync(long id, DateTimeOffset now, List<UnreachablePerson> unreachable, CancellationToken cancellationToken)
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
                    unreachable.Add(new UnreachablePerson(message.OfficerId, [.. reminders.Select(r => r.PlanId).Distinct()], items));
                }

                LogUnreachable(logger, message.OfficerId, id, result.Detail);
                break;
            case DeliveryStatus.RetryLater or DeliveryStatus.Failed when message.Attempts + 1 < options.Value.MaxAttempts:
                message.RetryAt(now + result.WaitBeforeRetry(message.Attempts, options.Value.RetryDelay), result.Detail);
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

    /// <summary>
    /// Tells the unit heads of the people no channel reached and the coordinators of their plans: one notice per
    /// recipient per day, listing everyone of theirs not reached in the round that first found some.
    /// </summary>
    private async Task TellHeadsAsync(IReadOnlyList<UnreachablePerson> people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var planIds = people.SelectMany(p => p.PlanIds).Distinct().ToList();
        var officers = await db.Officers.AsNoTracking().Where(o => planIds.Contains(o.PlanId)).ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => planIds.Contains(u.PlanId)).ToListAsync(cancellationToken);
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var person in people)
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
                db.OutboxMessages.Add(OutboxMessage.Notice(recipient, ReminderTexts.Unreachable(list), key, now, now));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private sealed record UnreachablePerson(string OfficerId, IReadOnlyList<int> PlanIds, IReadOnlyList<string> Items);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Officer {OfficerId} cannot be reached for outbox message {MessageId}: {Detail}")]
    private static partial void LogUnreachable(ILogger logger, string officerId, long messageId, string? detail);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox message {MessageId} to {OfficerId} is a dead letter after {Attempts} attempts: {Detail}")]
    private static partial void LogDead(ILogger logger, string officerId, long messageId, int attempts, string? detail);
}
