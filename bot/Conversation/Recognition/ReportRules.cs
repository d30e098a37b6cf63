namespace ReformBot.Conversation.Recognition;

/// <summary>Reports: "ai chưa nộp báo cáo tháng?" (a head's question) before "đã nộp báo cáo tháng 11" (an officer's news).</summary>
internal static class ReportRules
{
    public static RecognizedIntent? Match(FoldedMessage m, IntentSlots common)
    {
        var report = SlotReader.Report(m);
        if (Keywords.HasAny(m, "chua nop", "chua gui", "chua bao cao", "chua co bao cao", "thieu bao cao", "chua nop bao cao", "ai chua nop", "ai chua gui", "khong nop", "chua np"))
        {
            if (m.Has("bao cao") || m.Has("ai chua nop") || m.Has("ai chua gui"))
            {
                return new(IntentKind.MissingReports, IntentSlots.None with { Report = report, Unit = PhraseReader.Unit(m) }, 0.9);
            }
        }

        var submitted = m.Has("bao cao") && Keywords.HasAffirmed(m, "nop", "gui", "upload", "tai len", "nop len", "gui len", "da bao cao", "bao cao xong", "bao cao roi");
        if (submitted && (report is not null || Keywords.HasAny(m, "da", "roi", "xong")))
        {
            return new(IntentKind.ReportSubmitted, IntentSlots.None with { Report = report, Url = common.Url }, report is null ? 0.75 : 0.9);
        }

        return null;
    }
}
