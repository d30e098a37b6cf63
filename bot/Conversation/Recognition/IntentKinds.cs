namespace ReformBot.Conversation.Recognition;

/// <summary>Which intents change something (a task, a report, an extension, a message sent to others) and which are only answered.</summary>
public static class IntentKinds
{
    private static readonly HashSet<IntentKind> Changing =
    [
        IntentKind.Done, IntentKind.Progress, IntentKind.Blocked, IntentKind.Extension, IntentKind.Snooze, IntentKind.ReportSubmitted,
        IntentKind.Evidence, IntentKind.Nudge, IntentKind.Broadcast, IntentKind.ApproveExtension, IntentKind.RejectExtension,
        IntentKind.Away, IntentKind.AwayEnd, IntentKind.StopReminders,
    ];

    public static bool ChangesState(this IntentKind intent) => Changing.Contains(intent);
}
