namespace ReformBot.Conversation.Recognition;

/// <summary>What a message asks for. Wire names (admin endpoint, corpus): see <see cref="IntentKindWireNames"/>.</summary>
public enum IntentKind
{
    Unknown,
    Done,
    Progress,
    Blocked,
    Extension,
    Snooze,
    ReportSubmitted,
    Evidence,
    OverdueList,
    DueSoon,
    Summary,
    MissingReports,
    Nudge,
    Broadcast,
    ApproveExtension,
    RejectExtension,
    Link,
    Help,
    Greeting,
    ProgressExport,
    ReportDraft,
}
