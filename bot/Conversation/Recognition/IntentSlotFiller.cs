namespace ReformBot.Conversation.Recognition;

/// <summary>
/// The slots of an intent the rules did not pick (the classifier did): read with the same slot readers the rules
/// use, so "xin lùi hạn nv 2.a sang thứ 6" gets its task and date whichever way it was recognised.
/// </summary>
internal static class IntentSlotFiller
{
    public static IntentSlots For(IntentKind intent, FoldedMessage m, IntentSlots common, DateOnly today)
    {
        var marker = Reasons.MarkerAfter(m, 0);
        var reason = marker < 0 ? null : PhraseReader.Rest(m, marker + 1);
        TimeSpan? duration = VietnameseDurationParser.TryParse(m.Text, out var d) ? d : null;
        return intent switch
        {
            IntentKind.Done => common with { Percent = SlotReader.Percent(m) },
            IntentKind.Progress => common with { Percent = SlotReader.Percent(m), Url = null },
            IntentKind.Blocked => common with { Percent = SlotReader.Percent(m), Reason = reason, Date = null, Url = null },
            IntentKind.Extension => common with
            {
                Date = common.Date ?? (duration is { TotalDays: >= 1 } more ? today.AddDays((int)more.TotalDays) : null),
                Reason = reason,
                Url = null,
            },
            IntentKind.Snooze => IntentSlots.None with { TaskRef = common.TaskRef, Date = common.Date, Duration = duration },
            IntentKind.ReportSubmitted => IntentSlots.None with { Report = SlotReader.Report(m), Url = common.Url },
            IntentKind.Evidence => common with { Date = null, Text = common.Url },
            IntentKind.OverdueList or IntentKind.DueSoon or IntentKind.ProgressExport => IntentSlots.None with { Unit = PhraseReader.Unit(m), Index = SlotReader.Index(m) },
            IntentKind.Summary => IntentSlots.None with { Unit = PhraseReader.Unit(m), Index = SlotReader.Index(m), TaskRef = common.TaskRef },
            IntentKind.MissingReports or IntentKind.ReportDraft => IntentSlots.None with { Report = SlotReader.Report(m), Unit = PhraseReader.Unit(m) },
            IntentKind.Nudge => IntentSlots.None with { Officer = Officer(m), TaskRef = common.TaskRef },
            IntentKind.ApproveExtension => common with { Url = null },
            IntentKind.RejectExtension => common with { Date = null, Url = null, Reason = reason },
            IntentKind.Broadcast => IntentSlots.None with { Text = m.Original.Trim(), Audience = BroadcastAudience.Everyone },
            IntentKind.Link => IntentSlots.None with { Code = SlotReader.Code(m) },
            IntentKind.Away => IntentSlots.None with { Away = AbsenceRules.Slot(m, today) },
            IntentKind.StopReminders => IntentSlots.None with { TaskRef = common.TaskRef },
            _ => IntentSlots.None,
        };
    }

    private static string? Officer(FoldedMessage m)
    {
        var verb = PhraseReader.FindToken(m, 0, "nhac", "doc", "giuc", "hoi", "bao");
        return verb < 0 ? null : PhraseReader.Officer(m, verb + 1);
    }
}
