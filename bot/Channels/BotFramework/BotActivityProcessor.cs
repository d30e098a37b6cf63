using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// One authenticated activity: remember where its sender is, drop repeats, and hand the slow part to the work queue.
/// Only <c>adaptiveCard/action</c> invokes wait for the conversation, because their HTTP answer carries the new card.
/// </summary>
internal sealed partial class BotActivityProcessor(
    ConversationReferenceStore references,
    ServiceUrlTrust trust,
    ActivityDeduplicator duplicates,
    BotWorkQueue queue,
    ActivityMapper mapper,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    IOptions<BotOptions> options,
    TimeProvider time,
    ILogger<BotActivityProcessor> logger)
{
    public async Task<IResult> ProcessAsync(Activity activity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (ConversationReference.From(activity, now) is { } reference)
        {
            trust.Trust(reference.ServiceUrl);
            await references.SaveAsync(reference, cancellationToken);
        }

        if (!duplicates.IsFirst(activity))
        {
            LogDuplicate(logger, activity.Type, activity.Id);
            return TypedResults.Ok();
        }

        return activity.Type switch
        {
            ActivityTypes.Message => Enqueue(Messages(activity, now)),
            ActivityTypes.ConversationUpdate => Enqueue(Welcomes(activity, now)),
            ActivityTypes.InstallationUpdate when activity.Action == "add" => Enqueue(Welcome(activity, activity.From, now)),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await InvokeAsync(activity, now),
            ActivityTypes.Invoke => TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
            _ => TypedResults.Ok(),
        };
    }

    private static IEnumerable<BotWorkItem> Messages(Activity activity, DateTimeOffset now)
    {
        var message = ActivityMapper.ToIncoming(activity, now);
        if (message.Text is not null || message.Action is not null || message.Attachments.Count > 0)
        {
            yield return new BotWorkItem(BotWorkKind.Message, activity, message);
        }
    }

    /// <summary>The bot added to a chat welcomes whoever added it; members added later are welcomed each.</summary>
    private static IEnumerable<BotWorkItem> Welcomes(Activity activity, DateTimeOffset now)
    {
        var added = activity.MembersAdded ?? [];
        var botId = activity.Recipient?.Id;
        if (botId is not null && added.Any(m => m.Id == botId))
        {
            return Welcome(activity, activity.From, now);
        }

        return added.Where(m => m.Id is not null && m.Id != botId).SelectMany(m => Welcome(activity, m, now));
    }

    private static IEnumerable<BotWorkItem> Welcome(Activity activity, ChannelAccount? member, DateTimeOffset now) =>
        member?.Id is null ? [] : [new BotWorkItem(BotWorkKind.Welcome, activity, ActivityMapper.ToWelcome(activity, member, now))];

    private IResult Enqueue(IEnumerable<BotWorkItem> items)
    {
        foreach (var item in items)
        {
            if (!queue.TryEnqueue(item))
            {
                LogQueueFull(logger, item.Activity.Id);
                return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
            }
        }

        return TypedResults.Ok();
    }

    private async Task<IResult> InvokeAsync(Activity activity, DateTimeOffset now)
    {
        var message = ActivityMapper.ToIncoming(activity, now);
        if (message.Action is null)
        {
            return Invoke(InvokeResponse.Error(400, "BadRequest", BotFrameworkTexts.UnsupportedAction));
        }

        // The conversation runs in its own scope: it may outlive this request when it is slow.
        var running = HandleAsync(message, lifetime.ApplicationStopping);
        using var timeout = new CancellationTokenSource(options.Value.InvokeTimeout, time);
        try
        {
            await running.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogInvokeSlow(logger, activity.Id);
            Enqueue([new BotWorkItem(BotWorkKind.PendingInvoke, activity, message, running)]);
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.StillWorking));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogInvokeFailed(logger, e, activity.Id);
            return Invoke(InvokeResponse.Error(500, "InternalError", BotFrameworkTexts.Error));
        }

        var reply = await running;
        if (reply is { UpdatedCard: null, Messages: [{ Card: null, Actions.Count: 0 } only] })
        {
            // A short answer to a tap (e.g. why nothing changed) is shown on the card itself rather than posted to the chat.
            return Invoke(InvokeResponse.Message(only.Text));
        }

        if (reply.Messages.Count > 0)
        {
            Enqueue([new BotWorkItem(BotWorkKind.PendingInvoke, activity, message, Task.FromResult(reply with { UpdatedCard = null }))]);
        }

        if (reply.UpdatedCard is null)
        {
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.Received));
        }

        try
        {
            return Invoke(InvokeResponse.Card(mapper.Render(reply.UpdatedCard)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogInvokeFailed(logger, e, activity.Id);
            return Invoke(InvokeResponse.Error(500, "InternalError", BotFrameworkTexts.Error));
        }
    }

    private async Task<ConversationReply> HandleAsync(IncomingMessage message, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IConversationHandler>().HandleAsync(message, cancellationToken);
    }

    private static JsonHttpResult<InvokeResponse> Invoke(InvokeResponse response) => TypedResults.Json(response, BotJson.Options);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored repeated {Type} activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Bot work queue is full; refused activity {ActivityId}")]
    private static partial void LogQueueFull(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action {ActivityId} is slow; answered 'still working' and finishing in the background")]
    private static partial void LogInvokeSlow(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Card action {ActivityId} failed")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception, string? activityId);
}
