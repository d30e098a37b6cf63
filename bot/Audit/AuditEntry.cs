namespace ReformBot.Audit;

/// <summary>
/// One thing someone did that a coordinator may have to account for later: who, when, through which channel, what
/// and to what. Never changed once written.
/// </summary>
public sealed class AuditEntry
{
    private AuditEntry()
    {
        Actor = Action = string.Empty;
    }

    public AuditEntry(DateTimeOffset at, string actor, string? channel, string action, string? subject, string? details)
    {
        // Stored instants are UTC: on SQLite their binary form only orders correctly then.
        At = at.ToUniversalTime();
        Actor = actor;
        Channel = channel;
        Action = action;
        Subject = subject;
        Details = details;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>An officer id, or <see cref="AuditActors.Admin"/> / <see cref="AuditActors.System"/>.</summary>
    public string Actor { get; private set; }

    /// <summary>msteams, zalo, ... for chat; api, cli or demo for plan loads; null when it does not apply.</summary>
    public string? Channel { get; private set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public string Action { get; private set; }

    /// <summary>What it was done to, e.g. "104/KH-UBND#2.a", "104/KH-UBND", or an officer id.</summary>
    public string? Subject { get; private set; }
    public string? Details { get; private set; }
}
