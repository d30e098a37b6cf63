namespace ReformBot.Reminders;

/// <summary>
/// The planner's answer for a day ahead, kept for as long as the plans' state (the same <see cref="PlanStateSnapshot"/>)
/// and the snoozes are unchanged: a round asks for the minute since the last one, so without this every round ran the
/// planner over every task of every plan. A question inside the kept window is answered by filtering what was planned;
/// anything else plans again. Shared by the whole process.
/// </summary>
public sealed class ReminderWindow
{
    /// <summary>How far ahead one planner run looks.</summary>
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(1);

    private readonly Lock gate = new();
    private Kept? kept;

    /// <summary>The reminders due in (<paramref name="after"/>, <paramref name="upTo"/>], planned now or taken from the kept window.</summary>
    public IReadOnlyList<PlannedReminder> Due(
        PlanStateSnapshot snapshot,
        IReadOnlyList<ReminderSnooze> snoozes,
        DateTimeOffset after,
        DateTimeOffset upTo,
        Func<DateTimeOffset, DateTimeOffset, IReadOnlyList<PlannedReminder>> plan)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(snoozes);
        ArgumentNullException.ThrowIfNull(plan);
        Kept? window;
        lock (gate)
        {
            window = kept;
        }

        if (window is null || !ReferenceEquals(window.Snapshot, snapshot) || after < window.After || upTo > window.UpTo || !window.Snoozes.SequenceEqual(snoozes))
        {
            var end = upTo > after + Ahead ? upTo : after + Ahead;
            window = new Kept(snapshot, [.. snoozes], after, end, plan(after, end));
            lock (gate)
            {
                kept = window;
            }
        }

        // The planner orders by time, officer and key; filtering keeps that order.
        return [.. window.Reminders.Where(r => r.DueAt > after && r.DueAt <= upTo)];
    }

    private sealed record Kept(PlanStateSnapshot Snapshot, IReadOnlyList<ReminderSnooze> Snoozes, DateTimeOffset After, DateTimeOffset UpTo, IReadOnlyList<PlannedReminder> Reminders);
}
