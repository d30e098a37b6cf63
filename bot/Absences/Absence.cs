namespace ReformBot.Absences;

/// <summary>
/// An officer away from <see cref="From"/> to <see cref="Until"/> (local dates, both inclusive): no reminders reach
/// them then; what came due meanwhile waits for the first working morning after. It ends early when they say they are
/// back (<see cref="EndedEarlyAt"/>); the dates stay as they were set, for the record.
/// </summary>
public sealed class Absence
{
    private Absence()
    {
        OfficerId = SetBy = string.Empty;
    }

    public Absence(string officerId, DateOnly from, DateOnly until, AbsenceReason reason, string setBy, DateTimeOffset createdAt)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(officerId);
        ArgumentException.ThrowIfNullOrWhiteSpace(setBy);
        if (until < from)
        {
            throw new ArgumentException("An absence ends on or after the day it starts.", nameof(until));
        }

        OfficerId = officerId;
        From = from;
        Until = until;
        Reason = reason;
        SetBy = setBy;
        CreatedAt = createdAt.ToUniversalTime();
    }

    public long Id { get; private set; }
    public string OfficerId { get; private set; }

    /// <summary>The first day away (local date).</summary>
    public DateOnly From { get; private set; }

    /// <summary>The last day away (local date, inclusive).</summary>
    public DateOnly Until { get; private set; }

    public AbsenceReason Reason { get; private set; }

    /// <summary>Who set it: the officer's own id (chat) or "admin".</summary>
    public string SetBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the officer (or an admin) ended it before <see cref="Until"/>.</summary>
    public DateTimeOffset? EndedEarlyAt { get; private set; }

    public string? EndedBy { get; private set; }

    /// <summary>Whether the officer is away at <paramref name="instant"/>, whose local date is <paramref name="today"/>.</summary>
    public bool IsAwayAt(DateOnly today, DateTimeOffset instant) =>
        From <= today && today <= Until && (EndedEarlyAt is null || instant < EndedEarlyAt);

    /// <summary>Whether it still holds something back at or after <paramref name="instant"/> (now or later).</summary>
    public bool IsCurrentOrComing(DateOnly today, DateTimeOffset instant) => today <= Until && (EndedEarlyAt is null || instant < EndedEarlyAt);

    public void EndEarly(DateTimeOffset at, string by)
    {
        EndedEarlyAt ??= at.ToUniversalTime();
        EndedBy ??= by;
    }
}
