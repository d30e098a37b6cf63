namespace ReformBot.Reminders;

/// <summary>
/// "Không cần nhắc việc này nữa": one officer hears no more reminders about one item (a task, or a unit's report),
/// until it is resumed. Other people's reminders about it (a head's escalation) and the heads' lists are not touched.
/// </summary>
public sealed class ReminderStop
{
    private ReminderStop()
    {
        OfficerId = PlanCode = ItemRef = StoppedBy = string.Empty;
    }

    public ReminderStop(string officerId, string planCode, ReminderSubject subject, string itemRef, string? unitCode, string stoppedBy, DateTimeOffset at)
        : this()
    {
        OfficerId = officerId;
        PlanCode = planCode;
        Subject = subject;
        ItemRef = itemRef;
        UnitCode = unitCode;
        StoppedBy = stoppedBy;
        StoppedAt = at.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }
    public string PlanCode { get; private set; }
    public ReminderSubject Subject { get; private set; }
    public string ItemRef { get; private set; }

    /// <summary>The unit of a report's submission; null for a task.</summary>
    public string? UnitCode { get; private set; }

    public string StoppedBy { get; private set; }
    public DateTimeOffset StoppedAt { get; private set; }
    public DateTimeOffset? ResumedAt { get; private set; }
    public string? ResumedBy { get; private set; }

    public bool IsActive => ResumedAt is null;

    /// <summary>Whether a reminder to <paramref name="officerId"/> about this item is held back.</summary>
    public bool Stops(string officerId, string planCode, ReminderSubject subject, string itemRef, string? unitCode) =>
        IsActive && OfficerId == officerId && PlanCode == planCode && Subject == subject && ItemRef == itemRef
        && (subject == ReminderSubject.Task || UnitCode == unitCode);

    public void Resume(string by, DateTimeOffset at)
    {
        ResumedAt ??= at.ToUniversalTime();
        ResumedBy ??= by;
    }
}
