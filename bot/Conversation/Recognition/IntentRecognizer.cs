namespace ReformBot.Conversation.Recognition;

/// <summary>
/// Recognises what an officer, head or coordinator wrote, with keyword rules over folded text. Rules are tried from
/// the most specific to the most general ("không đồng ý gia hạn" before "đồng ý gia hạn" before "gia hạn"), and a
/// negated keyword does not count ("chưa xong" is not done, "không vướng" is not blocked). Never throws: empty text,
/// emoji or a pasted document give <see cref="IntentKind.Unknown"/> or whatever the words say.
/// </summary>
public static class IntentRecognizer
{
    /// <summary>Beyond this, a message is a pasted document: rules look at its start, the broadcast body keeps all of it.</summary>
    private const int MaxRuleLength = 2000;

    public static RecognizedIntent Recognize(string? text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return RecognizedIntent.Unknown;
        }

        var full = new FoldedMessage(text);
        var m = text.Length > MaxRuleLength ? new FoldedMessage(text[..MaxRuleLength]) : full;
        if (m.Tokens.Count == 0)
        {
            return RecognizedIntent.Unknown;
        }

        var common = new IntentSlots
        {
            TaskRef = SlotReader.TaskRef(m),
            Date = VietnameseDateParser.Find(m.Text, today)?.Date,
            Url = SlotReader.Url(m),
        };

        return ExportRules.Match(m)
            ?? CoordinatorRules.Match(m, full, common, today)
            ?? ReminderRules.Match(m, common)
            ?? ReportRules.Match(m, common)
            ?? OfficerRules.Match(m, common)
            ?? HeadRules.Match(m, common)
            ?? Fallback(m, common);
    }

    private static RecognizedIntent Fallback(FoldedMessage m, IntentSlots common)
    {
        if (Keywords.HasAny(m, "giup", "help", "huong dan", "tro giup", "lam sao", "lam the nao", "menu", "cach dung", "su dung the nao", "lam duoc gi", "lenh", "cu phap")
            || m.Text is "?" or "??" or "???")
        {
            return new(IntentKind.Help, IntentSlots.None, 0.9);
        }

        if (Keywords.Greetings.Contains(m.Tokens[0].Folded) || m.Text.StartsWith("xin chao", StringComparison.Ordinal) || m.Text.StartsWith("he lo", StringComparison.Ordinal))
        {
            return new(IntentKind.Greeting, IntentSlots.None, 0.9);
        }

        // A bare link is most likely evidence for the task the officer is replying to.
        if (common.Url is not null)
        {
            return new(IntentKind.Evidence, common with { Date = null, Text = common.Url }, 0.6);
        }

        return RecognizedIntent.Unknown;
    }
}
