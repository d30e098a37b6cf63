using Microsoft.EntityFrameworkCore;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>What coordinators and operators see of reminders: planned, sent and upcoming ones, and the outbox.</summary>
public sealed class ReminderQueries(ReformBotDbContext db, ReminderPlanning planning, TimeProvider time)
{
    public const int MaxRows = 5000;

    /// <summary>Reminders due in [<paramref name="from"/>, <paramref name="to"/>): those written down, then those the policy will write when their time comes.</summary>
    public async Task<IReadOnlyList<ReminderView>> ListAsync(DateTimeOffset from, DateTimeOffset to, string? officerId, CancellationToken cancellationToken)
    {
        var query = db.Reminders.AsNoTracking().Include(r => r.Message).Where(r => r.DueAt >= from && r.DueAt < to);
        if (officerId is not null)
        {
            query = query.Where(r => r.OfficerId == officerId);
        }

        var stored = await query.OrderBy(r => r.DueAt).ThenBy(r => r.Id).Take(MaxRows).ToListAsync(cancellationToken);
        var views = stored.Select(r => new ReminderView(
            r.DedupeKey, VietnamTime.ToLocal(r.DueAt), r.OfficerId, r.PlanCode, r.Subject.ToString(), r.ItemRef, r.UnitCode, r.Occurrence,
            ReminderStages.WireName(r.Stage), r.State.ToString(), r.State == ReminderState.Sent && r.Message.SentAt is { } s ? VietnamTime.ToLocal(s) : null,
            r.Message.Channel, r.OutboxMessageId)).ToList();

        var plannedUpTo = await planning.PlannedUpToAsync(cancellationToken) ?? time.GetUtcNow();
        var upcomingFrom = from > plannedUpTo ? from.AddTicks(-1) : plannedUpTo;
        if (to > upcomingFrom && views.Count < MaxRows)
        {
            var known = stored.Select(r => r.DedupeKey).ToHashSet(StringComparer.Ordinal);
            views.AddRange((await planning.DueAsync(upcomingFrom, to.AddTicks(-1), cancellationToken))
                .Where(r => (officerId is null || r.OfficerId == officerId) && !known.Contains(r.DedupeKey))
                .Take(MaxRows - views.Count)
                .Select(r => new ReminderView(
                    r.DedupeKey, VietnamTime.ToLocal(r.DueAt), r.OfficerId, r.PlanCode, r.Subject.ToString(), r.ItemRef, r.UnitCode, r.Occurrence,
                    ReminderStages.WireName(r.Stage), "Upcoming", null, null, null)));
        }

        return views;
    }

    public async Task<IReadOnlyList<OutboxView>> OutboxAsync(OutboxState? state, CancellationToken cancellationToken)
    {
        var query = db.OutboxMessages.AsNoTracking();
        if (state is { } wanted)
        {
            query = query.Where(m => m.State == wanted);
        }

        var messages = await query.OrderByDescending(m => m.Id).Take(MaxRows).ToListAsync(cancellationToken);
        var ids = messages.Select(m => m.Id).ToList();
        var keys = (await db.Reminders.AsNoTracking().Where(r => ids.Contains(r.OutboxMessageId)).Select(r => new { r.OutboxMessageId, r.DedupeKey }).ToListAsync(cancellationToken))
            .ToLookup(r => r.OutboxMessageId, r => r.DedupeKey);
        return [.. messages.Select(m => new OutboxView(
            m.Id, m.OfficerId, m.Kind, m.State.ToString(), VietnamTime.ToLocal(m.CreatedAt), m.Attempts,
            m.NextAttemptAt is { } next ? VietnamTime.ToLocal(next) : null, m.SentAt is { } sent ? VietnamTime.ToLocal(sent) : null,
            m.Channel, m.LastError, m.Text, [.. keys[m.Id]]))];
    }
}
