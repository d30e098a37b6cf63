namespace ReformBot.Broadcasts;

/// <summary>
/// Messages people asked the bot to send (announcements, plan changes, nudges), written down before anything is sent
/// so that a restart loses nothing and the sender gets a delivery report when the last recipient is settled.
/// </summary>
public sealed class Broadcast
{
    private Broadcast()
    {
        PlanCode = SenderOfficerId = Summary = string.Empty;
    }

    public Broadcast(BroadcastKind kind, string planCode, string? senderOfficerId, string summary, bool urgent, DateTimeOffset createdAt)
    {
        Kind = kind;
        PlanCode = planCode;
        SenderOfficerId = senderOfficerId;
        Summary = summary;
        Urgent = urgent;
        CreatedAt = createdAt;
    }

    public long Id { get; private set; }

    public BroadcastKind Kind { get; private set; }

    /// <summary>The plan (or plans, comma-separated) it is sent for.</summary>
    public string PlanCode { get; private set; }

    /// <summary>Who asked for it; null for the system (plan revisions loaded by an administrator).</summary>
    public string? SenderOfficerId { get; private set; }

    /// <summary>What it says, for the delivery report and the admin view.</summary>
    public string Summary { get; private set; }

    /// <summary>Urgent messages go out during quiet hours too.</summary>
    public bool Urgent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>When the sender was told how it went; null until every recipient is settled.</summary>
    public DateTimeOffset? ReportedAt { get; private set; }

    public List<BroadcastRecipient> Recipients { get; private set; } = [];

    public void MarkReported(DateTimeOffset at) => ReportedAt = at;
}
