namespace ReformBot.PlanChat;

/// <summary>
/// A plan drafted from a file sent in chat, kept until its preview's "Nạp kế hoạch" or "Huỷ" (or its expiry): the
/// plan file as JSON (what <c>POST /api/admin/plans</c> would be sent) and its warnings. Only the coordinator
/// who sent the file can act on it; it is loaded at most once.
/// </summary>
public sealed class PendingPlanDraft
{
    private PendingPlanDraft()
    {
        Id = OfficerId = Channel = PlanCode = FileName = PlanJson = Warnings = string.Empty;
    }

    public PendingPlanDraft(
        string id, string officerId, string channel, string planCode, string fileName, string planJson, string warnings, DateTimeOffset createdAt, DateTimeOffset expiresAt)
        : this()
    {
        Id = id;
        OfficerId = officerId;
        Channel = channel;
        PlanCode = planCode;
        FileName = fileName;
        PlanJson = planJson;
        Warnings = warnings;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        State = PendingPlanDraftState.Pending;
    }

    /// <summary>The id the preview's buttons carry (32 random hex characters).</summary>
    public string Id { get; private set; }
    public string OfficerId { get; private set; }
    public string Channel { get; private set; }
    public string PlanCode { get; private set; }
    public string FileName { get; private set; }

    /// <summary>The drafted plan file (<c>reformbot.plan/v1</c>).</summary>
    public string PlanJson { get; private set; }

    /// <summary>Every warning, as the JSON array <see cref="PendingDraftWarning.Write"/> makes (the warnings workbook is built from it).</summary>
    public string Warnings { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public PendingPlanDraftState State { get; private set; }

    /// <summary>When it was loaded or discarded.</summary>
    public DateTimeOffset? ClosedAt { get; private set; }
}
