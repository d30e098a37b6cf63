namespace ReformBot.Audit;

/// <summary>The actions the audit log records, as stored.</summary>
public static class AuditActions
{
    public const string TaskUpdate = "task.update";
    public const string PlanImport = "plan.import";
    public const string LinkIssue = "link.issue";
    public const string LinkRedeem = "link.redeem";
    public const string Broadcast = "broadcast";

    /// <summary>An administrator called off the copies of a broadcast still queued.</summary>
    public const string BroadcastCancel = "broadcast.cancel";

    /// <summary>An administrator gave dead letters a fresh start.</summary>
    public const string OutboxRetry = "outbox.retry";

    /// <summary>An administrator linked the OA through Zalo's consent page.</summary>
    public const string ZaloAuthorize = "zalo.authorize";
    public const string Refusal = "refusal";
    public const string ExtensionRequest = "extension.request";
    public const string ExtensionApprove = "extension.approve";
    public const string ExtensionReject = "extension.reject";
    public const string ProgressExport = "progress.export";
    public const string ReportDraft = "report.draft";

    /// <summary>A coordinator put back among the chased an item overdue before its plan was loaded.</summary>
    public const string PastDueChase = "pastdue.chase";

    /// <summary>A coordinator recorded a report overdue before its plan was loaded as sent.</summary>
    public const string PastDueSubmitted = "pastdue.submitted";

    /// <summary>The subject of something done to a task: "104/KH-UBND#2.a".</summary>
    public static string TaskSubject(string planCode, string taskRef) => planCode + "#" + taskRef;
}
