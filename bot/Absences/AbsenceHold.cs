using ReformBot.Delivery;
using ReformBot.Reminders;

namespace ReformBot.Absences;

/// <summary>
/// Holds an away officer's reminder rows until the first working morning after the absence, so that what came due
/// meanwhile reaches them then, in one message. Announcements, answers and notices are not held.
/// </summary>
public sealed class AbsenceHold(AbsenceRegister register) : IOutboxHold
{
    public async Task<DateTimeOffset?> HoldUntilAsync(OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Kind != ReminderOutbox.RowKind)
        {
            return null;
        }

        return await register.AwayAtAsync(message.OfficerId, now, cancellationToken) is { } absence ? register.ReleaseAt(absence.Until) : null;
    }
}
