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

    public static RecognizedIntent Recognize(string? text, DateOnly today) => Recognize(text, today, planRefs: null);

    /// <summary>
    /// The rules alone, knowing the task refs of the writer's plans (<paramref name="planRefs"/>, as the plans write
    /// them): a bare "1.2" is then the task 1.2 when a plan has it, and the date 1/2 otherwise.
    /// </summary>
    public static RecognizedIntent Recognize(string? text, DateOnly today, IReadOnlySet<string>? planRefs)
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

        var common = SlotReader.Common(m, today, planRefs);

        return ExportRules.Match(m)
            ?? CoordinatorRules.Match(m, full, common, today)
            ?? AbsenceRules.Match(m, common, today)
            ?? ReminderRules.Match(m, common)
            ?? ReportRules.Match(m, common)
            ?? OfficerRules.Match(m, common)
            ?? HeadRules.Match(m, common)
            ?? Fallback(m, common);
    }

    /// <summary>
    /// Weight of the rules' choice against the model's probabilities when both have an opinion: the model overrides a
    /// rule only when it is much surer of another intent (by more than 0.59), as for "chưa làm được vì ..." or a request
    /// without the rule's keyword.
    /// </summary>
    private const double RuleWeight = 0.37;

    /// <summary>
    /// Rules and the trained model together: the rules keep the slots and decide alone where their pattern is exact
    /// (a link code, a "thông báo:" header); elsewhere the model's probabilities are blended with the rules' choice.
    /// Then the form of the message has the last word: a question, a thanks or a negated approval never becomes a
    /// state change, and a "xong" about the future or a part is progress.
    /// </summary>
    public static RecognizedIntent Recognize(string? text, DateOnly today, IntentModel model) => Recognize(text, today, model, null);

    /// <summary>
    /// Rules and model, knowing the task refs of the writer's plans (supplied by the caller, so recognition needs no
    /// storage): "1.2", "nv 1.2", "mục 1.2" is the task when a plan has that ref, the date 1/2 otherwise.
    /// </summary>
    public static RecognizedIntent Recognize(string? text, DateOnly today, IntentModel model, IReadOnlySet<string>? planRefs)
    {
        ArgumentNullException.ThrowIfNull(model);
        var rules = Recognize(text, today, planRefs);
        if (string.IsNullOrWhiteSpace(text))
        {
            return rules;
        }

        var m = new FoldedMessage(text.Length > MaxRuleLength ? text[..MaxRuleLength] : text);
        if (!m.Tokens.Any(t => t.Folded.Any(char.IsLetterOrDigit)))
        {
            // Emoji, punctuation, control characters: nothing to act on; a lone "?" asks for help.
            return rules.Intent == IntentKind.Help ? rules : RecognizedIntent.Unknown;
        }

        if (rules.Intent is IntentKind.Link or IntentKind.Broadcast && rules.Confidence >= 0.9)
        {
            return rules;
        }

        if (text.Length > MaxRuleLength || MessageCues.IsMostlyOtherScript(text) || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            // A pasted document, a message in another language, control characters: the help, never a change.
            return RecognizedIntent.Unknown;
        }

        var scores = model.Predict(m.Text).ToDictionary(s => s.Intent, s => s.Probability);
        if (rules.Intent != IntentKind.Unknown)
        {
            foreach (var intent in scores.Keys.ToList())
            {
                scores[intent] = (1 - RuleWeight) * scores[intent] + (intent == rules.Intent ? RuleWeight : 0);
            }
        }

        var common = SlotReader.Common(m, today, planRefs) with { Unit = PhraseReader.Unit(m) };
        Apply(scores, m, common, today);
        var ranked = scores.OrderByDescending(p => p.Value).ThenBy(p => p.Key).ToList();
        var (best, confidence) = (ranked[0].Key, Math.Round(ranked[0].Value, 4));
        var runnerUp = new IntentScore(ranked[1].Key, Math.Round(ranked[1].Value, 4));
        var slots = best == rules.Intent ? rules.Slots : IntentSlotFiller.For(best, m, common with { Unit = null }, today);
        return new RecognizedIntent(best, slots, confidence) { RunnerUp = runnerUp };
    }

    /// <summary>Moves the probability of intents the message's form rules out to the intent it does mean.</summary>
    private static void Apply(Dictionary<IntentKind, double> scores, FoldedMessage m, IntentSlots common, DateOnly today)
    {
        if (MessageCues.DeniesApproval(m))
        {
            Move(scores, IntentKind.ApproveExtension, IntentKind.RejectExtension);
        }

        if (MessageCues.GrantsExtension(m))
        {
            Move(scores, IntentKind.Extension, IntentKind.ApproveExtension);
        }

        if (MessageCues.DoneIsNotNow(m, common.Date, today))
        {
            Move(scores, IntentKind.Done, IntentKind.Progress);
        }

        if (MessageCues.StopsReminders(m))
        {
            Move(scores, IntentKind.Snooze, IntentKind.StopReminders);
            Move(scores, IntentKind.Nudge, IntentKind.StopReminders);
        }

        if (MessageCues.IsThanks(m))
        {
            foreach (var intent in scores.Keys.Where(k => k.ChangesState()).ToList())
            {
                Move(scores, intent, IntentKind.Unknown);
            }
        }

        if (MessageCues.IsQuestion(m))
        {
            var polite = MessageCues.IsPoliteRequest(m);
            foreach (var intent in scores.Keys.Where(k => k.ChangesState()).ToList())
            {
                if (polite && intent is IntentKind.Extension or IntentKind.Snooze or IntentKind.Nudge)
                {
                    continue;
                }

                Move(scores, intent, AnswerTo(intent, common));
            }
        }
    }

    /// <summary>What a question about a change asks for: "nv 2.a xong chưa?" the task's progress, "xã X nộp báo cáo chưa?" the missing reports, otherwise how to.</summary>
    private static IntentKind AnswerTo(IntentKind intent, IntentSlots common) => intent switch
    {
        IntentKind.ReportSubmitted => IntentKind.MissingReports,
        IntentKind.Done or IntentKind.Progress or IntentKind.Blocked when common.TaskRef is not null || common.Unit is not null => IntentKind.Summary,
        _ => IntentKind.Help,
    };

    private static void Move(Dictionary<IntentKind, double> scores, IntentKind from, IntentKind to)
    {
        if (scores.TryGetValue(from, out var p) && from != to)
        {
            scores[to] = scores.GetValueOrDefault(to) + p;
            scores[from] = 0;
        }
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
