using ReformBot.Audit;

namespace ReformBot.Admin;

internal sealed record AuditEntryResponse(long Id, DateTimeOffset At, string Actor, string? Channel, string Action, string? Subject, string? Details)
{
    public static AuditEntryResponse From(AuditEntry e) => new(e.Id, e.At, e.Actor, e.Channel, e.Action, e.Subject, e.Details);
}
