using ReformBot.Delivery;

namespace ReformBot.Reminders;

/// <summary>
/// A reminder that was due and is written down for good: its <see cref="DedupeKey"/> is unique, so it is planned once
/// whatever restarts or other instances do, and it belongs to the outbox message that carries it.
/// </summary>
public sealed class Reminder
{
    private Reminder()
    {
        DedupeKey = OfficerId = PlanCode = ItemRef = string.Empty;
        Message = null!;
    }

    public Reminder(PlannedReminder planned, OutboxMessage message, DateTimeOffset plannedAt)
        : this()
    {
        ArgumentNullException.ThrowIfNull(planned);
        DedupeKey = planned.DedupeKey;
        OfficerId = planned.OfficerId;
        PlanId = planned.PlanId;
        PlanCode = planned.PlanCode;
        Subject = planned.Subject;
        ItemRef = planned.ItemRef;
        UnitCode = planned.UnitCode;
        Occurrence = planned.Occurrence;
        Stage = planned.Stage;
        Repeat = planned.Repeat;
        DueAt = planned.DueAt.ToUniversalTime();
        PlannedAt = plannedAt.ToUniversalTime();
        Message = message;
    }

    public long Id { get; private set; }
    public string DedupeKey { get; private set; }
    public string OfficerId { get; private set; }
    public int PlanId { get; private set; }
    public string PlanCode { get; private set; }
    public ReminderSubject Subject { get; private set; }
    public string ItemRef { get; private set; }
    public string? UnitCode { get; private set; }
    public DateOnly Occurrence { get; private set; }
    public ReminderStage Stage { get; private set; }
    public int Repeat { get; private set; }

    /// <summary>When the policy wanted it sent.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>When it was written down (later than <see cref="DueAt"/> after downtime).</summary>
    public DateTimeOffset PlannedAt { get; private set; }

    public long OutboxMessageId { get; private set; }
    public OutboxMessage Message { get; private set; }
    public ReminderState State { get; private set; }

    public void Settle(ReminderState state) => State = state;

    /// <summary>Moves a reminder into another message of the same person (one that carries it, or one of its own).</summary>
    public void MoveTo(OutboxMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        Message = message;
    }
}
