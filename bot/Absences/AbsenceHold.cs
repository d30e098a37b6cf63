using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Reminders;

namespace ReformBot.Absences;

/// <summary>
/// Holds an away officer's reminder rows until the first working morning after the absence, so that what came due
/// meanwhile reaches them then, in one message. Announcements, answers and notices are not held. One instance serves
/// one send round (a scope): the day's absences are read once for the round, not once per row.
/// </summary>
public sealed class AbsenceHold(AbsenceRegister register) : IOutboxHold
{
    private ILookup<string, Absence>? away;
    private DateOnly awayOn;

    public async Task<DateTimeOffset?> HoldUntilAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != ReminderOutbox.RowKind)
        {
            return null;
        }

        var today = VietnamTime.DateOf(now);
        if (away is null || awayOn != today)
        {
            away = await register.AwayOnAsync(now, cancellationToken);
            awayOn = today;
        }

        return away[message.OfficerId].Where(a => a.IsAwayAt(today, now)).MaxBy(a => a.Until) is { } absence ? register.ReleaseAt(absence.Until) : null;
    }
}
