namespace ReformBot.Conversation.Recognition;

/// <summary>
/// The names intents have outside the code (admin endpoint, test corpus). Written out rather than derived from the
/// enum so that renaming a member cannot silently change the wire.
/// </summary>
public static class IntentKindWireNames
{
    private static readonly Dictionary<IntentKind, string> Names = new()
    {
        [IntentKind.Done] = "done",
        [IntentKind.Progress] = "progress",
        [IntentKind.Blocked] = "blocked",
        [IntentKind.Extension] = "extension",
        [IntentKind.Snooze] = "snooze",
        [IntentKind.ReportSubmitted] = "reportSubmitted",
        [IntentKind.Evidence] = "evidence",
        [IntentKind.OverdueList] = "overdueList",
        [IntentKind.DueSoon] = "dueSoon",
        [IntentKind.Summary] = "summary",
        [IntentKind.MissingReports] = "missingReports",
        [IntentKind.Nudge] = "nudge",
        [IntentKind.Broadcast] = "broadcast",
        [IntentKind.ApproveExtension] = "approveExtension",
        [IntentKind.RejectExtension] = "rejectExtension",
        [IntentKind.Link] = "link",
        [IntentKind.Help] = "help",
        [IntentKind.Greeting] = "greeting",
        [IntentKind.ProgressExport] = "progress.export",
        [IntentKind.ReportDraft] = "report.draft",
        [IntentKind.Away] = "away",
        [IntentKind.AwayEnd] = "away.end",
        [IntentKind.StopReminders] = "reminders.stop",
        [IntentKind.Unknown] = "unknown",
    };

    private static readonly Dictionary<string, IntentKind> Kinds = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToWireName(this IntentKind intent) => Names[intent];

    public static bool TryParse(string? wireName, out IntentKind intent) => Kinds.TryGetValue(wireName ?? string.Empty, out intent);

    public static IReadOnlyCollection<string> All => Names.Values;
}
