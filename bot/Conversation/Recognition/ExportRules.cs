namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Asking for a file: "dự thảo báo cáo quý 4" (the report draft), "xuất báo cáo tiến độ", "tiến độ phòng nội vụ ra
/// excel" (the progress workbook). Tried first: these messages also hold "báo cáo" and "tiến độ", which other rules take.
/// </summary>
internal static class ExportRules
{
    private static readonly string[] DraftWords = ["du thao", "soan thao", "soan bao cao", "viet bao cao", "lap bao cao", "draft"];

    private static readonly string[] FileWords = ["excel", "xlsx", "bang tinh", "xuat", "tai ve", "ket xuat", "export", "download"];

    public static RecognizedIntent? Match(FoldedMessage m)
    {
        if (Keywords.HasAny(m, DraftWords) && m.Has("bao cao"))
        {
            return new(IntentKind.ReportDraft, IntentSlots.None with { Report = SlotReader.Report(m), Unit = PhraseReader.Unit(m) }, 0.9);
        }

        if (Keywords.HasAny(m, FileWords) && Keywords.HasAny(m, "tien do", "bao cao", "thong ke", "tong hop"))
        {
            return new(IntentKind.ProgressExport, IntentSlots.None with { Unit = WithoutFileWords(PhraseReader.Unit(m)) }, 0.9);
        }

        return null;
    }

    /// <summary>"phòng nội vụ ra excel" names the unit "phòng nội vụ".</summary>
    private static string? WithoutFileWords(string? unit)
    {
        if (unit is null)
        {
            return null;
        }

        var cut = System.Text.RegularExpressions.Regex.Replace(unit, @"\s+(ra\s+)?(excel|xlsx|file|tệp|tep|bảng tính)\s*$", string.Empty, System.Text.RegularExpressions.RegexOptions.IgnoreCase);
        return cut.Length == 0 ? null : cut;
    }
}
