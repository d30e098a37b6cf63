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

    /// <summary>"em đi công tác đến 10/12": no reminders until then (issue 13).</summary>
    Away,

    /// <summary>"tôi đã đi làm lại": the absence ends early.</summary>
    AwayEnd,

    /// <summary>"không cần nhắc việc này nữa": one item's reminders stop for this person.</summary>
    StopReminders,
}
