namespace ReformBot.Conversation.Recognition;

/// <summary>Status updates: blocked before done ("chưa xong vì vướng..."), done before evidence and progress.</summary>
internal static class OfficerRules
{
    private static readonly string[] BlockedWords =
        ["vuong mac", "vuong", "kho khan", "bi ket", "ket", "gap van de", "bi loi", "chua the", "khong the", "bi tac", "vuong o", "blocked", "tac"];

    private static readonly string[] DoneWords =
        ["xong", "hoan thanh", "done", "finish", "finished", "hoan tat", "ket thuc", "completed", "complete", "xong xuoi"];

    private static readonly string[] ProgressWords =
        ["dang lam", "dang thuc hien", "dang trien khai", "dang xu ly", "dang hoan thien", "dang tien hanh", "dang soan", "dang tong hop", "sap xong", "gan xong", "chua xong", "chua hoan thanh", "sap hoan thanh", "gan hoan thanh", "dang", "chua lam xong"];

    private static readonly string[] EvidenceWords = ["minh chung", "kiem chung", "tai lieu kiem chung", "file dinh kem", "dinh kem", "ho so kem"];

    /// <summary>"chưa làm được vì ...", "không làm tiếp được do ...": blocked when a reason follows.</summary>
    private static readonly string[] CannotWords =
        ["chua lam duoc", "khong lam duoc", "chua lam tiep duoc", "khong lam tiep duoc", "chua trien khai duoc", "khong trien khai duoc",
         "chua thuc hien duoc", "khong thuc hien duoc", "chua lam noi", "khong lam noi", "chua lam tiep", "khong lam tiep", "khong tiep tuc duoc"];

    public static RecognizedIntent? Match(FoldedMessage m, IntentSlots common)
    {
        var percent = SlotReader.Percent(m);
        if (Keywords.HasAny(m, CannotWords) && Reasons.MarkerAfter(m, 0) is var because and >= 0)
        {
            var reason = PhraseReader.Rest(m, because + 1);
            return new(IntentKind.Blocked, common with { Percent = percent, Reason = reason, Date = null, Url = null }, 0.9);
        }

        var blocked = Keywords.First(m, BlockedWords);
        if (blocked is not null && Keywords.HasAffirmed(m, BlockedWords))
        {
            var keyword = PhraseReader.TokenAfter(m, blocked.Value.Index, blocked.Value.Phrase);
            var marker = Reasons.MarkerAfter(m, keyword);
            var reason = PhraseReader.Rest(m, marker >= 0 ? marker + 1 : keyword);
            return new(IntentKind.Blocked, common with { Percent = percent, Reason = reason, Date = null, Url = null }, 0.9);
        }

        if (Keywords.HasAffirmed(m, DoneWords))
        {
            return new(IntentKind.Done, common with { Percent = percent }, 0.9);
        }

        var evidence = Keywords.First(m, EvidenceWords);
        if (evidence is not null)
        {
            var text = PhraseReader.Rest(m, PhraseReader.TokenAfter(m, evidence.Value.Index, evidence.Value.Phrase));
            return new(IntentKind.Evidence, common with { Date = null, Text = text ?? common.Url }, 0.9);
        }

        if (percent is not null || Keywords.HasAny(m, ProgressWords))
        {
            var bare = m.Tokens.Count == 1 && percent is not null;
            return new(IntentKind.Progress, common with { Percent = percent, Url = null }, bare ? 0.75 : 0.9);
        }

        if (m.Has("xong chua") || m.Has("hoan thanh chua"))
        {
            // "nv 2.a xong chưa?": a head asking about one task.
            return new(IntentKind.Summary, IntentSlots.None with { TaskRef = common.TaskRef }, 0.6);
        }

        return null;
    }
}
