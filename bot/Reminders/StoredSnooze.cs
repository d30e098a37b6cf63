namespace ReformBot.Reminders;

/// <summary>A snooze as stored; the planner reads it as a <see cref="ReminderSnooze"/>.</summary>
public sealed class StoredSnooze
{
    private StoredSnooze()
    {
        OfficerId = PlanCode = ItemRef = string.Empty;
    }

    public StoredSnooze(ReminderSnooze snooze)
        : this()
    {
        ArgumentNullException.ThrowIfNull(snooze);
        OfficerId = snooze.OfficerId;
        PlanCode = snooze.PlanCode;
        Subject = snooze.Subject;
        ItemRef = snooze.ItemRef;
        UnitCode = snooze.UnitCode;
        CreatedAt = snooze.CreatedAt.ToUniversalTime();
        Until = snooze.Until.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }
    public string PlanCode { get; private set; }
    public ReminderSubject Subject { get; private set; }
    public string ItemRef { get; private set; }
    public string? UnitCode { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset Until { get; private set; }

    public ReminderSnooze ToSnooze() => new(OfficerId, PlanCode, Subject, ItemRef, UnitCode, CreatedAt, Until);
}
