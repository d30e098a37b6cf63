using System.Globalization;
using System.Text.Json.Nodes;
using ReformBot.Cards;
using ReformBot.Plans;

namespace ReformBot.Conversation;

/// <summary>
/// The bot's side of every conversation, whatever the channel: who is writing, what they asked, what it changes.
/// Nobody unlinked sees or changes anything; officers change only their own tasks (checked by <see cref="TaskUpdater"/>).
/// </summary>
public sealed partial class ConversationHandler(
    OfficerDirectory directory, TaskUpdater updater, TimeProvider time, ILogger<ConversationHandler> logger) : IConversationHandler
{
    public async Task<ConversationReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = await directory.FindAsync(message.Channel, message.AccountId, message.AadObjectId, cancellationToken);
        if (sender is null)
        {
            LogUnlinked(logger, message.Channel, message.AccountId);
            return ConversationReply.WithText(ConversationTexts.NotLinked);
        }

        return message.Action is { } action
            ? await HandleActionAsync(sender, message, action, cancellationToken)
            : ConversationReply.WithText(ConversationTexts.Help(sender));
    }

    public async Task<ConversationReply> WelcomeAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = await directory.FindAsync(message.Channel, message.AccountId, message.AadObjectId, cancellationToken);
        var roles = sender?.Memberships.SelectMany(m => m.Roles).Distinct().ToList() ?? [];
        var card = WelcomeCard.Create(sender?.Name, sender is not null, roles);
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

            default:
                LogUnsupportedAction(logger, action.Verb, sender.OfficerId);
                return ConversationReply.WithText(ConversationTexts.UnsupportedAction);
        }
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
            return new ConversationReply(StatusUpdatedCard.Create(result, sender.Name, time.GetUtcNow()), []);
        }

        // A refused update leaves the card as it was, so the officer can still act on it (e.g. after sending evidence).
        LogRefused(logger, sender.OfficerId, planCode, taskRef, result.Outcome);
        return ConversationReply.WithText(CardTexts.UpdateProblem(result.Outcome) ?? ConversationTexts.InvalidCard);
    }

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

    [LoggerMessage(Level = LogLevel.Information, Message = "Update of {PlanCode} {TaskRef} by {OfficerId} refused: {Outcome}")]
    private static partial void LogRefused(ILogger logger, string officerId, string planCode, string taskRef, TaskUpdateOutcome outcome);
}
