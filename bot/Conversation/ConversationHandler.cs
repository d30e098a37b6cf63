using System.Globalization;
using System.Text.Json.Nodes;
using ReformBot.Accounts;
using ReformBot.Broadcasts;
using ReformBot.Calendar;
using Microsoft.Extensions.Options;
using ReformBot.Cards;
using ReformBot.Conversation.Confirmation;
using ReformBot.Conversation.Recognition;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Conversation;

/// <summary>
/// The bot's side of every conversation, whatever the channel: who is writing, what they asked, what it changes.
/// Nobody unlinked sees or changes anything; officers change only their own tasks (checked by <see cref="TaskUpdater"/>).
/// </summary>
public sealed partial class ConversationHandler(
    OfficerDirectory directory,
    TaskResolver resolver,
    TaskUpdater updater,
    EvidenceRecorder evidence,
    UnitOverview overview,
    TeamRequests requests,
    ReportFiling reports,
    PastDueActions pastDue,
    SnoozeRequests snoozes,
    AwayRequests away,
    RecentReminders recent,
    Broadcaster broadcaster,
    AccountLinker linker,
    IProgressChat progress,
    IPlanFileChat planFiles,
    IntentModel model,
    ConversationTokens tokens,
    IOptions<ConversationOptions> options,
    TimeProvider time,
    ILogger<ConversationHandler> logger) : IConversationHandler
{
    public async Task<ConversationReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = await directory.FindAsync(message.Channel, message.AccountId, message.AadObjectId, cancellationToken);
        // The writer's plans say whether a bare "1.2" is a task or the date 1/2; recognition itself stays storage-free.
        var planRefs = sender is null || message.Action is not null ? null : await resolver.PlanRefsAsync(sender, cancellationToken);
        var recognized = message.Action is null ? IntentRecognizer.Recognize(message.Text, VietnamTime.Today(time), model, planRefs) : RecognizedIntent.Unknown;
        if (recognized is { Intent: IntentKind.Link, Slots.Code: { } code })
        {
            var linked = await linker.RedeemAsync(message.Channel, message.AccountId, message.AadObjectId, code, cancellationToken);
            return ConversationReply.WithText(AccountTexts.For(linked));
        }

        if (sender is null)
        {
            LogUnlinked(logger, message.Channel, message.AccountId);
            return ConversationReply.WithText(ConversationTexts.NotLinked);
        }

        // A file alone (no words with it) that the channel can fetch: a plan appendix for a coordinator, else evidence.
        if (message is { Action: null, File: { } file } && string.IsNullOrWhiteSpace(message.Text)
            && await planFiles.PreviewAsync(sender, file, message.Channel, cancellationToken) is { } preview)
        {
            return preview;
        }

        return message.Action is { } action
            ? await HandleActionAsync(sender, message, action, cancellationToken)
            : await HandleTextAsync(sender, message, recognized, cancellationToken);
    }

    public async Task<ConversationReply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = await directory.FindAsync(message.Channel, message.AccountId, message.AadObjectId, cancellationToken);
        var roles = sender?.Memberships.SelectMany(m => m.Roles).Distinct().ToList() ?? [];
        var card = WelcomeCard.Create(sender?.Name, sender is not null, roles, options.Value.GuideUrl);
        var text = sender is null ? ConversationTexts.NotLinked : ConversationTexts.Help(sender);
        return new ConversationReply(null, [OutgoingMessage.WithCard(text, card)]);
    }

    private async Task<ConversationReply> HandleActionAsync(Sender sender, IncomingMessage message, CardAction action, CancellationToken cancellationToken)
    {
        switch (action.Verb)
        {
            case CardVerbs.TaskDone:
                return await UpdateTaskAsync(sender, message, action.Data, TaskState.Done, 100, cancellationToken);

            case CardVerbs.TaskUpdate:
                if (!TryReadState(action.Data, out var state))
                {
                    return ConversationReply.WithText(ConversationTexts.InvalidStatus);
                }

                if (!TryReadProgress(action.Data, out var progress))
                {
                    return ConversationReply.WithText(ConversationTexts.InvalidProgress);
                }

                return await UpdateTaskAsync(sender, message, action.Data, state, progress, cancellationToken);

            case CardVerbs.TaskChoose when StatusReport.FromJson(action.Data["pending"]) is { } pending:
                return await ReportStatusAsync(sender, message, pending, Text(action.Data, "planCode"), Text(action.Data, "taskRef") ?? string.Empty, cancellationToken);

            case CardVerbs.OverdueNudge when Text(action.Data, "officerId") is { } officerId:
                var refs = action.Data["tasks"] is JsonArray tasks ? tasks.OfType<JsonObject>().Select(t => Text(t, "taskRef")).OfType<string>().ToList() : null;
                return await requests.NudgeAsync(sender, officerId, null, refs, cancellationToken);

            case CardVerbs.AnnouncementAck when Text(action.Data, "announcementId") is { } id && long.TryParse(id, CultureInfo.InvariantCulture, out var broadcastId):
                return await broadcaster.AcknowledgeAsync(sender.OfficerId, broadcastId, cancellationToken);

            case CardVerbs.PlanAck:
                var revision = action.Data["revision"] is JsonValue r && r.TryGetValue<int>(out var n) ? n : (int?)null;
                return await broadcaster.AcknowledgePlanChangeAsync(sender.OfficerId, Text(action.Data, "planCode"), revision, cancellationToken);

            case CardVerbs.TaskExtend when Text(action.Data, "extendTo") is { } to:
                var extendTo = DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : (DateOnly?)null;
                return await ReportStatusAsync(sender, message, new StatusReport(IntentKind.Extension, null, Text(action.Data, "extendReason"), null, null, extendTo), Text(action.Data, "planCode"), Text(action.Data, "taskRef") ?? string.Empty, cancellationToken);

            case CardVerbs.ReportSubmitted:
                var reportDue = DateOnly.TryParseExact(Text(action.Data, "dueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
                return await reports.MarkSubmittedAsync(sender, null, Text(action.Data, "planCode"), Text(action.Data, "reportCode"), reportDue, message.Channel, cancellationToken);

            case CardVerbs.PastDueSubmitted or CardVerbs.PastDueChase:
                return await pastDue.HandleAsync(sender, action.Verb, action.Data, message.Channel, cancellationToken);

            case CardVerbs.TaskSnooze:
                return await snoozes.SnoozeTaskAsync(sender, Text(action.Data, "planCode"), Text(action.Data, "taskRef"), Days(action.Data), cancellationToken);

            case CardVerbs.ReportSnooze:
                var snoozeDue = DateOnly.TryParseExact(Text(action.Data, "dueDate"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var sd) ? sd : (DateOnly?)null;
                return await snoozes.SnoozeReportAsync(sender, Text(action.Data, "planCode"), Text(action.Data, "reportCode"), snoozeDue, Text(action.Data, "unitCode"), Days(action.Data), cancellationToken);

            case CardVerbs.IntentConfirm:
                var payload = await tokens.RedeemAsync(ConversationTokenKind.Confirm, sender.OfficerId, Text(action.Data, "token"), cancellationToken);
                if (payload is null || PendingIntent.Read(payload, out var pendingText) is not { } confirmed)
                {
                    return ConversationReply.WithText(ConfirmationTexts.Expired);
                }

                return await HandleTextAsync(sender, message with { Text = pendingText, Action = null }, confirmed, cancellationToken, confirmed: true);

            case CardVerbs.IntentCancel:
                var cancelled = await tokens.RedeemAsync(ConversationTokenKind.Confirm, sender.OfficerId, Text(action.Data, "token"), cancellationToken);
                return ConversationReply.WithText(cancelled is null ? ConfirmationTexts.Expired : ConfirmationTexts.Cancelled);

            case CardVerbs.ChangeUndo:
                return await UndoAsync(sender, message, Text(action.Data, "token"), cancellationToken);

            case CardVerbs.PlanDraftLoad or CardVerbs.PlanDraftCancel or CardVerbs.PlanDraftWarnings:
                return await planFiles.ActAsync(sender, action.Verb, Text(action.Data, "draftId"), cancellationToken);

            case CardVerbs.OverduePage:
                var page = action.Data["page"] is JsonValue p && p.TryGetValue<int>(out var number) ? number : 1;
                return await overview.OverdueAsync(sender, Text(action.Data, "unit"), page, cancellationToken);

            default:
                LogUnsupportedAction(logger, action.Verb, sender.OfficerId);
                return ConversationReply.WithText(ConversationTexts.UnsupportedAction);
        }
    }

    private async Task<ConversationReply> HandleTextAsync(
        Sender sender, IncomingMessage message, RecognizedIntent recognized, CancellationToken cancellationToken, bool confirmed = false)
    {
        if (recognized.Intent == IntentKind.Unknown && string.IsNullOrWhiteSpace(message.Text) && message.Attachments.Count > 0)
        {
            recognized = new RecognizedIntent(IntentKind.Evidence, recognized.Slots, 1);
        }

        if (recognized.Intent is IntentKind.Away or IntentKind.StopReminders)
        {
            // Always confirmed with the dates or the item spelled out, whatever the recognizer's confidence.
            return await AwayOrStopAsync(sender, message, recognized, confirmed, cancellationToken);
        }

        if (!confirmed && IntentDecisions.Decide(recognized, options.Value.ConfirmBelow) == IntentDecision.Ask)
        {
            // Not sure enough to change anything: ask, and keep the change on the server behind the buttons' token.
            var token = await tokens.IssueAsync(ConversationTokenKind.Confirm, sender.OfficerId, message.Channel, PendingIntent.From(recognized, message.Text).ToJson(), cancellationToken);
            var question = ConfirmationTexts.Question(recognized);
            var ask = new OutgoingMessage(question, IntentConfirmCard.Create(question, message.Text, token), IntentConfirmCard.Buttons(token));
            return new ConversationReply(null, [ask]);
        }

        var slots = recognized.Slots;
        switch (recognized.Intent)
        {
            case IntentKind.Done or IntentKind.Progress or IntentKind.Blocked or IntentKind.Evidence or IntentKind.Extension:
                return await ReportStatusAsync(sender, message, StatusReport.From(recognized), null, slots.TaskRef, cancellationToken);
            case IntentKind.OverdueList:
                return await overview.OverdueAsync(sender, slots.Unit, 1, cancellationToken);
            case IntentKind.DueSoon:
                return await overview.DueSoonAsync(sender, slots.Unit, cancellationToken);
            case IntentKind.Summary:
                return await overview.SummaryAsync(sender, slots.Unit, slots.Index, cancellationToken);
            case IntentKind.MissingReports:
                return await overview.MissingReportsAsync(sender, slots.Unit, cancellationToken);
            case IntentKind.ProgressExport:
                return await progress.WorkbookAsync(sender, slots, message.Text, message.Channel, cancellationToken);
            case IntentKind.ReportDraft:
                return await progress.DraftAsync(sender, slots, message.Text, message.Channel, cancellationToken);
            case IntentKind.ReportSubmitted:
                return await FileReportAsync(sender, message, slots.Report, cancellationToken);
            case IntentKind.Broadcast:
                return await requests.AnnounceAsync(sender, slots, message.Channel, cancellationToken);
            case IntentKind.Nudge:
                return await requests.NudgeAsync(sender, null, slots.Officer, null, cancellationToken);
            case IntentKind.ApproveExtension or IntentKind.RejectExtension:
                return await requests.DecideExtensionAsync(sender, recognized.Intent == IntentKind.ApproveExtension, slots, message.Channel, cancellationToken);
            case IntentKind.Snooze:
                return await snoozes.SnoozeAsync(sender, message, slots, cancellationToken);
            case IntentKind.AwayEnd:
                return await away.BackAsync(sender, message, cancellationToken);
            case IntentKind.Link:
                return ConversationReply.WithText(AccountTexts.HowToLink);
            case IntentKind.Help or IntentKind.Greeting or IntentKind.Unknown:
                return ConversationReply.WithText(ConversationTexts.Help(sender));
            default:
                LogUnsupportedIntent(logger, recognized.Intent, sender.OfficerId);
                return ConversationReply.WithText(ConversationTexts.NotAvailableYet);
        }
    }

    private async Task<ConversationReply> AwayOrStopAsync(Sender sender, IncomingMessage message, RecognizedIntent recognized, bool confirmed, CancellationToken cancellationToken)
    {
        if (recognized.Intent == IntentKind.Away)
        {
            return await away.AwayAsync(sender, message, recognized, confirmed, cancellationToken);
        }

        if (confirmed)
        {
            return await away.StopAsync(sender, message, recognized.Slots.Stop, cancellationToken);
        }

        // Not named: the reminder answered says which; else the only open task, or the choice card.
        if (recognized.Slots.TaskRef is null && await away.AskStopForReplyAsync(sender, message, cancellationToken) is { } asked)
        {
            return asked;
        }

        return await ReportStatusAsync(sender, message, StatusReport.From(recognized), null, recognized.Slots.TaskRef, cancellationToken);
    }

    /// <summary>An update said in words: find the task (or ask which), then apply it.</summary>
    private async Task<ConversationReply> ReportStatusAsync(
        Sender sender, IncomingMessage message, StatusReport report, string? planCode, string? taskRef, CancellationToken cancellationToken)
    {
        var resolution = await resolver.ResolveAsync(sender, planCode, taskRef, cancellationToken);
        if (resolution.Outcome == TaskResolutionOutcome.Ambiguous && taskRef is null
            && await recent.FindAsync(sender.OfficerId, message, cancellationToken) is { Subject: ReminderSubject.Task } reminded)
        {
            // Not named and not the only open task: the reminder being answered says which.
            var answered = await resolver.ResolveAsync(sender, reminded.PlanCode, reminded.ItemRef, cancellationToken);
            if (answered.Outcome == TaskResolutionOutcome.Found && answered.Task!.State != TaskState.Done)
            {
                resolution = answered;
            }
        }

        switch (resolution.Outcome)
        {
            case TaskResolutionOutcome.Found:
                return await ApplyReportAsync(sender, message, report, resolution.PlanCode!, resolution.Task!, cancellationToken);
            case TaskResolutionOutcome.Ambiguous:
                var choices = resolution.Candidates.Take(TaskChoiceCard.MaxTasks).Select(c => TaskChoiceItem.From(c.Plan, c.Task)).ToList();
                var card = TaskChoiceCard.Create(choices, message.Text, report.ToJson());
                return new ConversationReply(null, [OutgoingMessage.WithCard(ConversationTexts.WhichTask, card)]);
            case TaskResolutionOutcome.NotAssigned:
                LogRefused(logger, sender.OfficerId, resolution.PlanCode ?? "?", taskRef ?? "?", TaskUpdateOutcome.NotAssigned);
                return ConversationReply.WithText(ConversationTexts.UpdateProblem(TaskUpdateOutcome.NotAssigned)!);
            case TaskResolutionOutcome.NotFound:
                return ConversationReply.WithText(ConversationTexts.TaskNotFound(taskRef));
            default:
                return ConversationReply.WithText(ConversationTexts.NoOpenTask);
        }
    }

    private async Task<ConversationReply> ApplyReportAsync(
        Sender sender, IncomingMessage message, StatusReport report, string planCode, PlanTask task, CancellationToken cancellationToken)
    {
        if (report.Intent == IntentKind.StopReminders)
        {
            return await away.AskStopAsync(sender, message, new StopSlot(planCode, task.Ref, ConversationTexts.TaskName(task.Ref)), cancellationToken);
        }

        if (report.Intent == IntentKind.Extension)
        {
            return await requests.RequestExtensionAsync(sender, planCode, task, report.Date, report.Reason, message.Channel, cancellationToken);
        }

        var attached = 0;
        if (report.Url is not null || message.Attachments.Count > 0 || report.Intent == IntentKind.Evidence)
        {
            attached = await evidence.RecordAsync(task, sender, message.Channel, report.Url, report.Intent == IntentKind.Evidence ? report.Text : null, message.Attachments, cancellationToken);
        }

        (TaskState State, int? Progress, string? Note)? change = report.Intent switch
        {
            IntentKind.Done => (TaskState.Done, 100, null),
            IntentKind.Progress => (TaskState.InProgress, report.Percent, null),
            IntentKind.Blocked => (TaskState.Blocked, null, report.Reason),
            _ => null,
        };
        if (change is not { } update)
        {
            return ConversationReply.WithText(ConversationTexts.EvidenceReceived(attached, task.Ref));
        }

        var result = await updater.ApplyAsync(sender, planCode, task.Ref, update.State, update.Progress, update.Note, message.Channel, cancellationToken);
        if (result.Outcome is TaskUpdateOutcome.Updated or TaskUpdateOutcome.Unchanged)
        {
            var headline = ConversationTexts.UpdateHeadline(result.Outcome, task.Ref);
            if (result.Outcome != TaskUpdateOutcome.Updated)
            {
                return new ConversationReply(null, [OutgoingMessage.WithCard(headline, result.ToCard(sender.Name, time.GetUtcNow()))]);
            }

            // Said in words, so possibly misread: what changed, and a way back for a few minutes (on the card in Teams,
            // where quick replies do not show under cards; as a button in Zalo).
            var undo = new UndoableTaskChange(planCode, task.Ref, result.OldState, result.OldProgress);
            var token = await tokens.IssueAsync(ConversationTokenKind.Undo, sender.OfficerId, message.Channel, undo.ToJson(), cancellationToken);
            var offer = ConfirmationTexts.UndoOffer(options.Value.UndoFor);
            var card = result.ToCard(sender.Name, time.GetUtcNow(), token, offer);
            return new ConversationReply(null, [new OutgoingMessage(headline + "\n" + offer, card, [IntentConfirmCard.UndoButton(token)])]);
        }

        if (result.Outcome == TaskUpdateOutcome.AlreadyDone)
        {
            return ConversationReply.WithText(ConversationTexts.AlreadyDone(result));
        }

        LogRefused(logger, sender.OfficerId, planCode, task.Ref, result.Outcome);
        return ConversationReply.WithText(ConversationTexts.UpdateProblem(result.Outcome) ?? ConversationTexts.InvalidCard);
    }

    /// <summary>"đã nộp báo cáo tháng 11", said in words so possibly misread: what was recorded, and a way back for a few minutes.</summary>
    private async Task<ConversationReply> FileReportAsync(Sender sender, IncomingMessage message, ReportMention? mention, CancellationToken cancellationToken)
    {
        var filed = await reports.FileAsync(sender, mention, null, null, null, message.Channel, cancellationToken);
        if (filed.Recorded.Count == 0)
        {
            return ConversationReply.WithText(filed.Text);
        }

        var undo = new UndoableReportSubmission(filed.Recorded);
        var token = await tokens.IssueAsync(ConversationTokenKind.Undo, sender.OfficerId, message.Channel, undo.ToJson(), cancellationToken);
        var text = filed.Text + "\n" + ConfirmationTexts.UndoOffer(options.Value.UndoFor);
        return new ConversationReply(null, [new OutgoingMessage(text, null, [IntentConfirmCard.UndoButton(token)])]);
    }

    private async Task<ConversationReply> UpdateTaskAsync(
        Sender sender, IncomingMessage message, JsonObject data, TaskState state, int? progress, CancellationToken cancellationToken)
    {
        if (Text(data, "planCode") is not { } planCode || Text(data, "taskRef") is not { } taskRef)
        {
            return ConversationReply.WithText(ConversationTexts.InvalidCard);
        }

        var result = await updater.ApplyAsync(sender, planCode, taskRef, state, progress, null, message.Channel, cancellationToken);
        if (result.Outcome is TaskUpdateOutcome.Updated or TaskUpdateOutcome.Unchanged)
        {
            return new ConversationReply(result.ToCard(sender.Name, time.GetUtcNow()), []);
        }

        if (result.Outcome == TaskUpdateOutcome.AlreadyDone)
        {
            return ConversationReply.WithText(ConversationTexts.AlreadyDone(result));
        }

        // A refused update leaves the card as it was, so the officer can still act on it (e.g. after sending evidence).
        LogRefused(logger, sender.OfficerId, planCode, taskRef, result.Outcome);
        return ConversationReply.WithText(ConversationTexts.UpdateProblem(result.Outcome) ?? ConversationTexts.InvalidCard);
    }

    /// <summary>"Hoàn tác": the task goes back to the status and progress it had before the change, recorded and audited as any update.</summary>
    private async Task<ConversationReply> UndoAsync(Sender sender, IncomingMessage message, string? token, CancellationToken cancellationToken)
    {
        var payload = await tokens.RedeemAsync(ConversationTokenKind.Undo, sender.OfficerId, token, cancellationToken);
        if (payload is not null && UndoableTaskChange.Read(payload) is null && UndoableReportSubmission.Read(payload) is { } filing)
        {
            var undone = await reports.UndoAsync(sender, filing, message.Channel, cancellationToken);
            return ConversationReply.WithText(undone is null ? ConfirmationTexts.UndoExpired : ConfirmationTexts.ReportUndone(undone));
        }

        if (payload is null || UndoableTaskChange.Read(payload) is not { } undo)
        {
            return ConversationReply.WithText(ConfirmationTexts.UndoExpired);
        }

        var result = await updater.ApplyAsync(sender, undo.PlanCode, undo.TaskRef, undo.State, undo.Progress, ConfirmationTexts.UndoNote, message.Channel, cancellationToken);
        if (result.Outcome is TaskUpdateOutcome.Updated or TaskUpdateOutcome.Unchanged)
        {
            return ConversationReply.WithText(ConfirmationTexts.Undone(undo.TaskRef, result.NewState, result.NewProgress));
        }

        LogRefused(logger, sender.OfficerId, undo.PlanCode, undo.TaskRef, result.Outcome);
        return ConversationReply.WithText(ConversationTexts.UpdateProblem(result.Outcome) ?? ConfirmationTexts.UndoExpired);
    }

    /// <summary>The snooze choice of a card: "snoozeDays" as the choice set sends it (text) or as a number.</summary>
    private static int Days(JsonObject data) => data["snoozeDays"] switch
    {
        JsonValue v when v.TryGetValue<int>(out var days) => days,
        JsonValue v when v.TryGetValue<string>(out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var days) => days,
        _ => 0,
    };

    private static string? Text(JsonObject data, string name) =>
        data[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;

    private static readonly TaskState[] SettableStates = [TaskState.Open, TaskState.InProgress, TaskState.Blocked, TaskState.Done];

    private static bool TryReadState(JsonObject data, out TaskState state)
    {
        state = SettableStates.FirstOrDefault(s => s.ToString() == Text(data, "status"), TaskState.Cancelled);
        return state != TaskState.Cancelled;
    }

    /// <summary>
    /// Input.Number arrives as a number from Teams and as a string from some clients; both are accepted.
    /// An empty input keeps the task's progress (null).
    /// </summary>
    private static bool TryReadProgress(JsonObject data, out int? progress)
    {
        progress = null;
        decimal value;
        switch (data["progress"])
        {
            case null:
                return true;
            case JsonValue number when number.TryGetValue<decimal>(out value):
                break;
            case JsonValue text when text.TryGetValue<string>(out var s):
                if (string.IsNullOrWhiteSpace(s))
                {
                    return true;
                }

                if (!decimal.TryParse(s.Trim().TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out value))
                {
                    return false;
                }

                break;
            default:
                return false;
        }

        if (value is < 0 or > 100 || value != decimal.Truncate(value))
        {
            return false;
        }

        progress = (int)value;
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Unlinked {Channel} account {AccountId} wrote to the bot")]
    private static partial void LogUnlinked(ILogger logger, string channel, string accountId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action {Verb} from {OfficerId} is not supported")]
    private static partial void LogUnsupportedAction(ILogger logger, string verb, string officerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent {Intent} from {OfficerId} is not available yet")]
    private static partial void LogUnsupportedIntent(ILogger logger, IntentKind intent, string officerId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Update of {PlanCode} {TaskRef} by {OfficerId} refused: {Outcome}")]
    private static partial void LogRefused(ILogger logger, string officerId, string planCode, string taskRef, TaskUpdateOutcome outcome);
}
