namespace ReformBot.Reminders;

/// <summary>
/// A task deadline or a unit's report occurrence that was already overdue (or due before the plan's issue date) when
/// its plan was first loaded, or when the revision that added it was loaded: recorded then, so that whether it is
/// chased never depends on the clock later. It is not reminded until a coordinator asks to chase it
/// (<see cref="StartChasing"/>); the row stays, so no later revision records it again.
/// </summary>
public sealed class PastDueItem
{
    private PastDueItem()
    {
        ItemRef = UnitCode = string.Empty;
    }

    /// <param name="unitCode">The submitting unit of a report occurrence; empty for a task.</param>
    public PastDueItem(int planId, ReminderSubject subject, string itemRef, string unitCode, DateOnly dueDate, int revision, DateTimeOffset recordedAt)
    {
        PlanId = planId;
        Subject = subject;
        ItemRef = itemRef;
        UnitCode = unitCode;
        DueDate = dueDate;
        Revision = revision;
        RecordedAt = recordedAt.ToUniversalTime();
    }

    public long Id { get; private set; }
    public int PlanId { get; private set; }
    public ReminderSubject Subject { get; private set; }

    /// <summary>The task's ref or the report schedule's code.</summary>
    public string ItemRef { get; private set; }

    /// <summary>The unit that owes the report; empty for a task.</summary>
    public string UnitCode { get; private set; }

    /// <summary>The task's closing day or the report occurrence's due date, as the plan wrote them.</summary>
    public DateOnly DueDate { get; private set; }

    /// <summary>The plan revision whose import recorded it.</summary>
    public int Revision { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    /// <summary>When a coordinator asked for it to be chased again; null while it is left alone.</summary>
    public DateTimeOffset? ChasedFrom { get; private set; }

    public string? ChasedBy { get; private set; }

    public bool IsLeftAlone => ChasedFrom is null;

    public void StartChasing(string officerId, DateTimeOffset at)
    {
        ChasedFrom ??= at.ToUniversalTime();
        ChasedBy ??= officerId;
    }
}
