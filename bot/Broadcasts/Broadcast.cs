using ReformBot.Delivery;

namespace ReformBot.Broadcasts;

/// <summary>
/// The header of messages people asked the bot to send (announcements, plan changes, nudges): each recipient's copy is
/// a row of the one outbox linked to it (<see cref="OutboxMessage.GroupId"/>), and the sender's delivery report is
/// built from those rows when the last is settled.
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

    /// <summary>When the sender's report was written to the outbox; null until every recipient is settled.</summary>
    public DateTimeOffset? ReportedAt { get; private set; }

    /// <summary>Each recipient's copy, in the outbox.</summary>
    public List<OutboxMessage> Messages { get; private set; } = [];

    public void MarkReported(DateTimeOffset at) => ReportedAt = at;
}
