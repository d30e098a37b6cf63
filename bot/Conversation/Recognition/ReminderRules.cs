namespace ReformBot.Conversation.Recognition;

/// <summary>
/// "nhắc ...": a snooze when the officer asks to be reminded later ("nhắc lại sau 2 ngày", "nhắc tôi thứ hai"), a
/// nudge when a head names someone else ("nhắc CV Nội vụ 1").
/// </summary>
internal static class ReminderRules
{
    private static readonly HashSet<string> SnoozeWords = new(StringComparer.Ordinal)
    {
        "lai", "toi", "em", "minh", "sau", "vao", "ngay", "mai", "thu", "tuan", "cuoi", "dau", "luc", "hom", "sang", "chieu",
        "t2", "t3", "t4", "t5", "t6", "t7", "cn", "khi", "nua", "ti", "chut", "e", "t",
    };

    private static readonly HashSet<string> Lead = new(StringComparer.Ordinal) { "bot", "hay", "giup", "vui long", "nho", "ban", "oi", "ok", "," };

    public static RecognizedIntent? Match(FoldedMessage m, IntentSlots common)
    {
        if (Keywords.HasAny(m, "snooze", "de sau", "bao lai sau", "hoan nhac", "tam hoan nhac", "nhac sau", "nhac lai sau", "nhac lai"))
        {
            return Snooze(m, common);
        }

        var verb = 0;
        while (verb < m.Tokens.Count && Lead.Contains(m.Tokens[verb].Folded))
        {
            verb++;
        }

        if (verb >= m.Tokens.Count || verb > 3 || m.Tokens[verb].Folded is not ("nhac" or "don"))
        {
            return null;
        }

        var after = verb + 1;
        if (m.Tokens[verb].Folded == "don")
        {
            if (after >= m.Tokens.Count || m.Tokens[after].Folded != "doc")
            {
                return null;
            }

            after++;
        }
        else if (after < m.Tokens.Count && m.Tokens[after].Folded is "nho" or "viec")
        {
            after++;
        }

        // "nhắc giúp ...", "nhắc hộ ...": the courtesy word says nothing about who.
        while (after < m.Tokens.Count && m.Tokens[after].Folded is "giup" or "ho" or "dum" or "gium")
        {
            after++;
        }

        if (m.Tokens[verb].Folded == "nhac" && (after >= m.Tokens.Count || SnoozeWords.Contains(m.Tokens[after].Folded) || common.Date is not null && PhraseReader.Officer(m, after) is null))
        {
            return Snooze(m, common);
        }

        var officer = PhraseReader.Officer(m, after);
        if (officer is null)
        {
            return null;
        }

        return new(IntentKind.Nudge, IntentSlots.None with { Officer = officer, TaskRef = common.TaskRef }, 0.85);
    }

    private static RecognizedIntent Snooze(FoldedMessage m, IntentSlots common)
    {
        TimeSpan? duration = VietnameseDurationParser.TryParse(m.Text, out var d) ? d : null;
        return new(IntentKind.Snooze, IntentSlots.None with { TaskRef = common.TaskRef, Date = common.Date, Duration = duration }, 0.9);
    }
}
