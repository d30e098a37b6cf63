using ReformBot.Absences;
using ReformBot.Reminders;

namespace ReformBot.Admin;

/// <summary>An absence as the admin API shows it.</summary>
internal sealed record AbsenceResponse(
    long Id, string OfficerId, DateOnly From, DateOnly Until, string Reason, string SetBy, DateTimeOffset CreatedAt, DateTimeOffset? EndedEarlyAt, string? EndedBy)
{
    public static AbsenceResponse Of(Absence a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new(a.Id, a.OfficerId, a.From, a.Until, AbsenceEndpoints.ReasonName(a.Reason), a.SetBy, a.CreatedAt, a.EndedEarlyAt, a.EndedBy);
    }
}

/// <summary>A stopped item (one officer hears no more about it) as the admin API shows it.</summary>
internal sealed record ReminderStopResponse(
    long Id, string OfficerId, string PlanCode, string Subject, string ItemRef, string? UnitCode, string StoppedBy, DateTimeOffset StoppedAt, DateTimeOffset? ResumedAt)
{
    public static ReminderStopResponse Of(ReminderStop s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.OfficerId, s.PlanCode, s.Subject == ReminderSubject.Task ? "task" : "report", s.ItemRef, s.UnitCode, s.StoppedBy, s.StoppedAt, s.ResumedAt);
    }
}
