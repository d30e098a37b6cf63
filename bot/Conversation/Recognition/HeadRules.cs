namespace ReformBot.Conversation.Recognition;

/// <summary>What heads and coordinators ask: overdue list, due soon, progress summary (last, as "tiến độ" is also an officer's word).</summary>
internal static class HeadRules
{
    public static RecognizedIntent? Match(FoldedMessage m, IntentSlots common)
    {
        var index = SlotReader.Index(m);
        if (Keywords.HasAny(m, "qua han", "tre han", "tre hen", "da het han", "bi tre"))
        {
            return new(IntentKind.OverdueList, IntentSlots.None with { Unit = PhraseReader.Unit(m), Index = index }, 0.9);
        }

        if (Keywords.HasAny(m, "sap den han", "sap het han", "sap toi han", "gan den han", "gan het han", "sap dao han", "sap han")
            || (Keywords.HasAny(m, "het han", "den han", "toi han", "han chot") && Keywords.HasAny(m, "tuan nay", "thang nay", "hom nay", "ngay mai", "gi", "nao", "?", "tuan sau", "tuan toi")))
        {
            return new(IntentKind.DueSoon, IntentSlots.None with { Unit = PhraseReader.Unit(m), Index = index }, 0.9);
        }

        if (index is not null || Keywords.HasAny(m, "tien do", "thong ke", "tong hop", "tinh hinh", "tong quan", "so lieu", "bao cao tien do", "ket qua thuc hien", "dashboard", "summary"))
        {
            return new(IntentKind.Summary, IntentSlots.None with { Unit = PhraseReader.Unit(m), Index = index, TaskRef = common.TaskRef }, 0.85);
        }

        return null;
    }
}
