namespace ReformBot.Conversation.Recognition;

/// <summary>Link codes, broadcasts and extension decisions: the messages whose wording is most specific, tried first.</summary>
internal static class CoordinatorRules
{
    private static readonly string[] ExtensionWords = ["gia han", "lui han", "doi han", "keo dai", "gian han", "hoan han", "them thoi gian"];

    private static readonly string[] EveryoneWords = ["tat ca", "toan bo", "moi nguoi", "all", "ca nha", "toan the", "cac don vi", "tat ca don vi"];

    public static RecognizedIntent? Match(FoldedMessage m, FoldedMessage full, IntentSlots common, DateOnly today)
    {
        var code = SlotReader.Code(m);
        if (code is not null && (Keywords.HasAny(m, "lien ket", "ma", "link", "ket noi", "code", "ma so", "xac thuc", "otp", "ma lien ket") || m.Text == code))
        {
            return new(IntentKind.Link, IntentSlots.None with { Code = code }, m.Text == code ? 0.7 : 0.95);
        }

        var broadcast = Broadcast(m, full);
        if (broadcast is not null)
        {
            return broadcast;
        }

        if (!Keywords.HasAny(m, ExtensionWords))
        {
            return null;
        }

        if (Keywords.HasAny(m, "khong dong y", "tu choi", "khong duyet", "khong chap thuan", "khong cho phep", "bac", "khong cho", "khong chap nhan"))
        {
            var marker = Reasons.MarkerAfter(m, 0);
            return new(IntentKind.RejectExtension, common with { Date = null, Url = null, Reason = marker < 0 ? null : PhraseReader.Rest(m, marker + 1) }, 0.9);
        }

        if (!m.Has("xin") && Keywords.HasAny(m, "dong y", "duyet", "chap thuan", "phe duyet", "cho phep", "chap nhan", "ok cho", "dong y cho"))
        {
            return new(IntentKind.ApproveExtension, common with { Url = null }, 0.9);
        }

        var date = common.Date;
        if (date is null && VietnameseDurationParser.TryParse(m.Text, out var more) && more.TotalDays >= 1)
        {
            // "xin thêm 3 ngày": the new deadline is counted from today, the officer's local date.
            date = today.AddDays((int)more.TotalDays);
        }

        var reason = Reasons.MarkerAfter(m, 0);
        return new(IntentKind.Extension, common with { Date = date, Url = null, Reason = reason < 0 ? null : PhraseReader.Rest(m, reason + 1) }, 0.9);
    }

    private static RecognizedIntent? Broadcast(FoldedMessage m, FoldedMessage full)
    {
        var start = PhraseReader.FindToken(m, 0, "thong", "tb");
        var isTb = start >= 0 && m.Tokens[start].Folded == "tb";
        if (start < 0 || start > 2 || (!isTb && (start + 1 >= m.Tokens.Count || m.Tokens[start + 1].Folded != "bao")))
        {
            return null;
        }

        if (start > 0 && m.Tokens.Take(start).Any(t => t.Folded is not ("gui" or "hay" or "bot" or "ra" or "phat")))
        {
            return null;
        }

        var afterWord = start + (isTb ? 1 : 2);
        var colon = PhraseReader.FindToken(full, afterWord, ":");
        var headerEnd = colon >= 0 ? colon : full.Tokens.Count;
        var header = full.Tokens.Skip(afterWord).Take(headerEnd - afterWord).Select(t => t.Folded).ToList();
        var urgent = header.Any(w => w is "khan" or "gap" or "urgent" or "hoa toc" or "khan cap" or "!");
        var bodyStart = colon >= 0 ? colon + 1 : afterWord + header.TakeWhile(w => w is "khan" or "gap" or "urgent" or "khan cap" or "hoa toc" or "!").Count();
        var text = bodyStart < full.Tokens.Count ? full.Original[full.Tokens[bodyStart].Start..].Trim() : null;
        if (isTb && colon < 0)
        {
            return null;
        }

        return new(IntentKind.Broadcast, IntentSlots.None with { Urgent = urgent, Text = text, Audience = colon >= 0 ? Audience(full, afterWord, colon) : BroadcastAudience.Everyone }, 0.9);
    }

    private static BroadcastAudience Audience(FoldedMessage m, int from, int colon)
    {
        var header = new FoldedMessage(m.Original[m.Tokens[from].Start..m.Tokens[colon].Start]);
        if (EveryoneWords.Any(header.Has))
        {
            return BroadcastAudience.Everyone;
        }

        var refs = header.Tokens
            .Select((t, i) => (t, i))
            .Where(x => System.Text.RegularExpressions.Regex.IsMatch(x.t.Folded, @"^(\d{1,2}(\.\d{1,2})*(\.?[a-z])?|[ivx]{1,4}(\.[0-9a-z]{1,3})+)$")
                && (x.i > 0 && (header.Tokens[x.i - 1].Folded is "nhiem vu" or "," or "va" or "giai phap") || x.t.Folded.Contains('.', StringComparison.Ordinal)))
            .Select(x => SlotReader.NormaliseRef(header.Original[x.t.Start..x.t.End], x.t.Folded))
            .ToList();
        if (refs.Count > 0)
        {
            return new BroadcastAudience(AudienceKind.Tasks, null, refs);
        }

        var unit = PhraseReader.Unit(header);
        return unit is null ? BroadcastAudience.Everyone : new BroadcastAudience(AudienceKind.Unit, unit, []);
    }
}
