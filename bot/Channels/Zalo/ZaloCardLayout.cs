using System.Text.Json.Nodes;
using ReformBot.Cards;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Each card template of <c>cards/</c> laid out for a phone: short lines, no tables, the card's buttons as Zalo buttons
/// carrying the same verbs and data. Inputs a button cannot carry (status, progress, extension date) are asked for in
/// words instead; the conversation understands those.
/// </summary>
internal static class ZaloCardLayout
{
    public static bool TryLayout(string template, JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        switch (template)
        {
            case CardNames.TaskReminder: TaskReminder(d, lines, buttons); return true;
            case CardNames.ReportReminder: ReportReminder(d, lines, buttons); return true;
            case CardNames.ReminderDigest: ReminderDigest(d, lines, buttons); return true;
            case CardNames.OverdueList: OverdueList(d, lines, buttons); return true;
            case CardNames.StatusUpdated: StatusUpdated(d, lines); return true;
            case CardNames.Announcement: Announcement(d, lines, buttons); return true;
            case CardNames.PlanChange: PlanChange(d, lines, buttons); return true;
            case CardNames.TaskChoice: TaskChoice(d, lines, buttons); return true;
            case CardNames.Welcome: Welcome(d, lines, buttons); return true;
            case CardNames.IntentConfirm: IntentConfirm(d, lines, buttons); return true;
            case CardNames.PastDue: PastDue(d, lines, buttons); return true;
            case CardNames.PlanDraft: PlanDraft(d, lines, buttons); return true;
            default: return false;
        }
    }

    private static void TaskReminder(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        var taskRef = S(d, "taskRef") ?? "?";
        lines.Add(ZaloTexts.TaskReminderHeading(taskRef, S(d, "planCode")));
        Add(lines, S(d, "title"));
        Add(lines, S(d, "deadline") is { } deadline ? ZaloTexts.Deadline(deadline, S(d, "dayPhrase")) : null);
        Add(lines, S(d, "legalDueDate") is { } legal ? ZaloTexts.LegalDue(legal) : null);
        Add(lines, S(d, "criterion") is { } criterion ? ZaloTexts.Criterion(criterion, S(d, "score")) : null);
        Add(lines, ZaloTexts.StatusAndProgress(S(d, "statusName") ?? "?", S(d, "progressText") ?? "?"));
        if (B(d, "evidenceRequired"))
        {
            lines.Add(ZaloTexts.EvidenceRequired);
        }

        lines.Add(string.Empty);
        lines.Add(ZaloTexts.TaskReplyPrompt(taskRef));
        if (d["action"] is JsonObject action)
        {
            buttons.Add(Button(ZaloTexts.Done, CardVerbs.TaskDone, action));
            Snooze(d, action, CardVerbs.TaskSnooze, buttons);
        }
    }

    private static void ReportReminder(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.ReportReminderHeading(S(d, "reportTitle") ?? S(d, "reportCode") ?? "?", S(d, "periodLabel")));
        Add(lines, S(d, "planCode") is { } plan ? ZaloTexts.Plan(plan) : null);
        Add(lines, S(d, "window") is { } window ? ZaloTexts.DataWindow(window) : null);
        Add(lines, S(d, "dueDate") is { } due ? ZaloTexts.ReportDue(due, S(d, "dayPhrase")) : null);
        Add(lines, S(d, "legalDueDate") is { } legal ? ZaloTexts.LegalDue(legal) : null);
        Add(lines, S(d, "recipient") is { } recipient ? ZaloTexts.Recipient(recipient) : null);
        lines.Add(string.Empty);
        lines.Add(ZaloTexts.ReportReplyPrompt);
        if (d["action"] is JsonObject action)
        {
            buttons.Add(Button(ZaloTexts.ReportSubmitted, CardVerbs.ReportSubmitted, action));
            Snooze(d, action, CardVerbs.ReportSnooze, buttons);
        }
    }

    private static void ReminderDigest(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        Add(lines, S(d, "heading"));
        Add(lines, S(d, "intro"));
        foreach (var item in Objects(d["items"]))
        {
            lines.Add($"{ZaloTexts.Bullet}{S(item, "label")}: {CardTexts.Shorten(S(item, "title") ?? string.Empty, 90)}");
            Add(lines, S(item, "detail") is { } detail ? "  " + detail : null);
            if (item["action"] is JsonObject action && S(item, "verb") is { } verb && buttons.Count < ZaloRenderedMessage.MaxButtons)
            {
                buttons.Add(Button(S(item, "buttonTitle") ?? verb, verb, action));
            }
        }

        Add(lines, S(d, "more"));
        lines.Add(string.Empty);
        Add(lines, S(d, "replyHint"));
    }

    private static void OverdueList(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.OverdueHeading(S(d, "totalText")));
        Add(lines, ZaloTexts.AsOf(S(d, "scope"), S(d, "asOf")));
        var groups = Objects(d["groups"]).ToList();
        if (groups.Count == 0)
        {
            lines.Add(ZaloTexts.NoOverdue);
        }

        var nudges = new List<ZaloButton>();
        foreach (var group in groups)
        {
            lines.Add(string.Empty);
            var unit = S(group, "unit");
            lines.Add(S(group, "officerName") + (unit is null ? string.Empty : $" ({unit})") + ":");
            Add(lines, S(group, "summary"));
            foreach (var item in Objects(group["items"]))
            {
                lines.Add($"{ZaloTexts.Bullet}{S(item, "taskRef")}: {CardTexts.Shorten(S(item, "title") ?? string.Empty, 90)}");
                Add(lines, S(item, "detail") is { } detail ? "  " + detail : null);
            }

            if (group["nudge"] is JsonObject nudge)
            {
                nudges.Add(Button(ZaloTexts.Nudge(S(group, "officerName") ?? "?"), CardVerbs.OverdueNudge, nudge));
            }
        }

        var paging = new List<ZaloButton>();
        if (d["previous"] is JsonObject previous)
        {
            paging.Add(Button(ZaloTexts.Previous, CardVerbs.OverduePage, previous));
        }

        if (d["next"] is JsonObject next)
        {
            paging.Add(Button(ZaloTexts.Next, CardVerbs.OverduePage, next));
        }

        Add(lines, S(d, "pageText"));
        lines.Add(string.Empty);
        lines.Add(ZaloTexts.OverdueReplyPrompt);

        // Paging must stay reachable; nudges fill what is left of the five buttons.
        buttons.AddRange(nudges.Take(ZaloRenderedMessage.MaxButtons - paging.Count));
        buttons.AddRange(paging);
    }

    private static void StatusUpdated(JsonObject d, List<string> lines)
    {
        lines.Add(S(d, "headline") ?? string.Empty);
        Add(lines, S(d, "problem"));
        Add(lines, S(d, "title"));
        if (!B(d, "isProblem"))
        {
            Add(lines, S(d, "status") is { } status ? ZaloTexts.Status(status) : null);
            Add(lines, S(d, "progress") is { } progress ? ZaloTexts.Progress(progress) : null);
            Add(lines, S(d, "note") is { } note ? ZaloTexts.Note(note) : null);
            Add(lines, ZaloTexts.By(S(d, "by"), S(d, "at")));
            Add(lines, S(d, "undoOffer"));
        }
    }

    private static void Announcement(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.AnnouncementHeading(S(d, "title"), B(d, "urgent")));
        Add(lines, S(d, "body"));
        Add(lines, ZaloTexts.Sender(S(d, "sender"), S(d, "sentAt")));
        lines.Add(string.Empty);
        lines.Add(ZaloTexts.AnnouncementReplyPrompt);
        if (d["action"] is JsonObject action)
        {
            buttons.Add(Button(ZaloTexts.Read, CardVerbs.AnnouncementAck, action));
        }

        if (Uri.TryCreate(S(d, "url"), UriKind.Absolute, out var url))
        {
            buttons.Add(ZaloButton.Link(ZaloTexts.OpenLink, url));
        }
    }

    private static void PlanChange(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.PlanChangeHeading(S(d, "planCode") ?? "?", I(d, "revision")));
        Add(lines, S(d, "planTitle"));
        Add(lines, S(d, "summary"));
        foreach (var change in Objects(d["changes"]))
        {
            lines.Add(ZaloTexts.Change(S(change, "taskRef") ?? "?", S(change, "what") ?? string.Empty, S(change, "line")));
            Add(lines, S(change, "title") is { } title ? "  " + CardTexts.Shorten(title, 90) : null);
        }

        Add(lines, S(d, "more"));
        lines.Add(string.Empty);
        lines.Add(ZaloTexts.PlanChangeReplyPrompt);
        if (d["action"] is JsonObject action)
        {
            buttons.Add(Button(ZaloTexts.Understood, CardVerbs.PlanAck, action));
        }
    }

    private static void TaskChoice(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.WhichTask);
        Add(lines, S(d, "message") is { } message ? ZaloTexts.Quote(message) : null);
        foreach (var task in Objects(d["tasks"]))
        {
            lines.Add($"{ZaloTexts.Bullet}{S(task, "taskRef")}: {CardTexts.Shorten(S(task, "title") ?? string.Empty, 90)}");
            Add(lines, S(task, "detail") is { } detail ? "  " + detail : null);
            if (task["action"] is JsonObject action && buttons.Count < ZaloRenderedMessage.MaxButtons)
            {
                buttons.Add(Button(ZaloTexts.Choose(S(task, "taskRef") ?? "?"), CardVerbs.TaskChoose, action));
            }
        }

        Add(lines, S(d, "more"));
        lines.Add(ZaloTexts.TypeTheRef);
    }

    private static void Welcome(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        Add(lines, S(d, "greeting"));
        if (!B(d, "isLinked"))
        {
            lines.Add(ZaloTexts.NotLinkedHelp);
            lines.Add(ZaloTexts.Example(S(d, "linkExample") ?? string.Empty, string.Empty).TrimEnd(' ', ':'));
        }

        lines.Add(ZaloTexts.TryThese);
        foreach (var example in Objects(d["examples"]))
        {
            lines.Add(ZaloTexts.Example(S(example, "say") ?? string.Empty, S(example, "does") ?? string.Empty));
        }

        if (Uri.TryCreate(S(d, "guideUrl"), UriKind.Absolute, out var guide))
        {
            buttons.Add(ZaloButton.Link(ZaloTexts.Guide, guide));
        }
    }

    /// <summary>The first snooze choice (the shortest) as one button; other lengths are asked for in words.</summary>
    private static void Snooze(JsonObject d, JsonObject action, string verb, List<ZaloButton> buttons)
    {
        if (Objects(d["snoozeChoices"]).FirstOrDefault() is { } first && S(first, "value") is { } days)
        {
            var data = (JsonObject)action.DeepClone();
            data["snoozeDays"] = days;
            buttons.Add(Button(days == "1" ? ZaloTexts.RemindTomorrow : ZaloTexts.RemindAfter(S(first, "title") ?? days), verb, data));
        }
    }

    /// <summary>The bot's question before acting on an unsure reading, with the same two answers as the card.</summary>
    /// <summary>The list as text; buttons for the first rows (Zalo shows few), named after their row.</summary>
    private static void PastDue(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        lines.Add(ZaloTexts.PastDueHeading(S(d, "planCode") ?? "?"));
        Add(lines, S(d, "planTitle"));
        Add(lines, S(d, "summary"));
        foreach (var group in Objects(d["groups"]))
        {
            lines.Add(string.Empty);
            lines.Add(S(group, "detail") is { } detail ? $"{S(group, "heading")} ({detail})" : S(group, "heading") ?? string.Empty);
            foreach (var row in Objects(group["rows"]))
            {
                var label = S(row, "label") ?? "?";
                lines.Add("• " + label);
                if (row["submit"] is JsonObject submit && buttons.Count < ZaloRenderedMessage.MaxButtons)
                {
                    buttons.Add(Button(ZaloTexts.PastDueSubmitted(label), CardVerbs.PastDueSubmitted, submit));
                }

                if (row["chase"] is JsonObject chase && buttons.Count < ZaloRenderedMessage.MaxButtons)
                {
                    buttons.Add(Button(ZaloTexts.PastDueChase(label), CardVerbs.PastDueChase, chase));
                }
            }
        }

        Add(lines, S(d, "more"));
        Add(lines, S(d, "hint"));
    }

    private static void IntentConfirm(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        Add(lines, S(d, "question"));
        Add(lines, S(d, "message") is { } said ? ZaloTexts.YouWrote(said) : null);
        var data = new JsonObject { ["token"] = S(d, "token") };
        buttons.Add(Button(ZaloTexts.ConfirmYes, CardVerbs.IntentConfirm, data));
        buttons.Add(Button(ZaloTexts.ConfirmNo, CardVerbs.IntentCancel, data.DeepClone().AsObject()));
    }

    private static void PlanDraft(JsonObject d, List<string> lines, List<ZaloButton> buttons)
    {
        Add(lines, S(d, "heading"));
        Add(lines, S(d, "planTitle"));
        Add(lines, S(d, "summary"));
        foreach (var field in Objects(d["fields"]))
        {
            Add(lines, S(field, "line") is { } line ? ZaloTexts.Bullet + line : null);
        }

        Add(lines, S(d, "units"));
        foreach (var (heading, list, more) in new[] { ("changesHeading", "changes", "moreChanges"), ("warningsHeading", "warnings", "moreWarnings") })
        {
            var items = Objects(d[list]).ToList();
            if (items.Count == 0)
            {
                continue;
            }

            lines.Add(string.Empty);
            Add(lines, S(d, heading));
            foreach (var item in items)
            {
                Add(lines, S(item, "line") is { } line ? ZaloTexts.Bullet + line : null);
            }

            Add(lines, S(d, more));
        }

        if (d["action"] is JsonObject action)
        {
            buttons.Add(Button(CardTexts.PlanLoad, CardVerbs.PlanDraftLoad, action));
            buttons.Add(Button(CardTexts.PlanCancel, CardVerbs.PlanDraftCancel, action.DeepClone().AsObject()));
            if (S(d, "moreWarnings") is not null)
            {
                buttons.Add(Button(CardTexts.AllWarnings, CardVerbs.PlanDraftWarnings, action.DeepClone().AsObject()));
            }
        }
    }

    private static ZaloButton Button(string title, string verb, JsonObject data) => ZaloButton.Query(title, ZaloButtonPayload.Encode(verb, data));

    private static void Add(List<string> lines, string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            lines.Add(line);
        }
    }

    private static IEnumerable<JsonObject> Objects(JsonNode? node) => node is JsonArray array ? array.OfType<JsonObject>() : [];

    private static string? S(JsonObject d, string key) => d[key] switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s) => s,
        JsonValue v when v.TryGetValue<int>(out var i) => i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static int? I(JsonObject d, string key) => d[key] is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;

    private static bool B(JsonObject d, string key) => d[key] is JsonValue v && v.TryGetValue<bool>(out var b) && b;
}
