using Microsoft.Extensions.Options;
using ReformBot.Calendar;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>Records an officer's "remind me later" for one task or report, never past its deadline.</summary>
public sealed class Snoozes(ReformBotDbContext db, ReminderPlanner planner, IOptions<ReminderOptions> options, TimeProvider time)
{
    /// <param name="deadline">The item's last day as the person sees it (a task's current deadline, a report's due date); null when it has none.</param>
    /// <param name="until">The moment to remind again; moved into working hours.</param>
    public async Task<(SnoozeOutcome Outcome, DateTimeOffset At)> SnoozeAsync(
        string officerId, string planCode, ReminderSubject subject, string itemRef, string? unitCode, DateOnly? deadline, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var at = planner.SnoozedAt(options.Value.For(planCode), until);
        if (at <= now)
        {
            return (SnoozeOutcome.NotInFuture, at);
        }

        if (deadline is DateOnly last && VietnamTime.DateOf(at) > last)
        {
            return (SnoozeOutcome.PastDeadline, at);
        }

        db.Snoozes.Add(new StoredSnooze(new ReminderSnooze(officerId, planCode, subject, itemRef, unitCode, now, at)));
        await db.SaveChangesAsync(cancellationToken);
        return (SnoozeOutcome.Snoozed, at);
    }
}
