using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Delivery;
using ReformBot.Inbox;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// One authenticated activity: remember where its sender is, and store whatever needs work in the inbox before the 200
/// (a repeated activity id stores nothing). The inbox workers do the rest. Only <c>adaptiveCard/action</c> invokes are
/// handled in the request, because their HTTP answer carries the new card; a slow one finishes in the background;
/// so are <c>fileConsent/invoke</c>s (<see cref="FileConsentHandler"/>), which upload the file before answering.
/// </summary>
internal sealed partial class BotActivityProcessor(
    ConversationReferenceStore references,
    ServiceUrlTrust trust,
    InboxStore inbox,
    InboxRunner runner,
    ActivityMapper mapper,
    FileConsentHandler fileConsent,
    IHostApplicationLifetime lifetime,
    IOptions<BotOptions> options,
    IOptions<InboxOptions> inboxOptions,
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

        return activity.Type switch
        {
            ActivityTypes.Message when HasContent(ActivityMapper.ToIncoming(activity, now)) => await StoreAsync(activity, now, cancellationToken),
            ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Event when BotWelcomes.MembersOf(activity).Count > 0 =>
                await StoreAsync(activity, now, cancellationToken),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await InvokeAsync(activity, now, cancellationToken),
            ActivityTypes.Invoke when activity.Name == FileConsentCards.InvokeName => await FileConsentAsync(activity, cancellationToken),
            ActivityTypes.Invoke => TypedResults.StatusCode(StatusCodes.Status501NotImplemented),
            _ => TypedResults.Ok(),
        };
    }

    private async Task<IResult> FileConsentAsync(Activity activity, CancellationToken cancellationToken)
    {
        var (status, error) = await fileConsent.HandleAsync(activity, cancellationToken);
        return status == StatusCodes.Status200OK ? TypedResults.Ok() : Invoke(InvokeResponse.Error(status, "BadRequest", error ?? BotFrameworkTexts.UnsupportedAction));
    }

    private static bool HasContent(IncomingMessage message) => message.Text is not null || message.Action is not null || message.Attachments.Count > 0;

    private async Task<IResult> StoreAsync(Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await inbox.TryAddAsync(BotInboxHandler.Entry(activity, now), cancellationToken) is not { } added)
        {
            // This instance's backlog is full: nothing is stored, the channel sends it again later.
            LogBacklogFull(logger, activity.Type, activity.Id);
            return new RetryLater(inboxOptions.Value.RetryAfter);
        }

        if (!added.IsNew)
        {
            LogDuplicate(logger, activity.Type, activity.Id);
        }

        return TypedResults.Ok();
    }

    private async Task<IResult> InvokeAsync(Activity activity, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (ActivityMapper.ToIncoming(activity, now).Action is null)
        {
            return Invoke(InvokeResponse.Error(400, "BadRequest", BotFrameworkTexts.UnsupportedAction));
        }

        // Stored first, held by this request: the change is keyed by the activity id, so a repeat changes nothing.
        var added = await inbox.AddAsync(BotInboxHandler.Entry(activity, now), lease: true, cancellationToken);
        if (!added.IsNew || added.LeaseUntil is not { } lease)
        {
            LogDuplicate(logger, activity.Type, activity.Id);
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.AlreadyReceived));
        }

        if (await inbox.HasEarlierPendingAsync(added.Id, cancellationToken))
        {
            // The person's earlier messages come first; the workers handle this one after them and update the card.
            await inbox.UnleaseAsync(added.Id, lease, cancellationToken);
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.StillWorking));
        }

        var running = runner.HandleNowAsync(added.Id, lease, lifetime.ApplicationStopping);
        using var timeout = new CancellationTokenSource(options.Value.InvokeTimeout, time);
        try
        {
            await running.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            LogInvokeSlow(logger, activity.Id);
            _ = FinishInBackgroundAsync(running, added.Id, lease);
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.StillWorking));
        }

        var handled = await running;
        if (!handled.IsHandled)
        {
            // The failure is recorded on the item: the workers try again and send the result (or an apology).
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.StillWorking));
        }

        var reply = handled.Reply is null ? ConversationReply.None : BotInboxHandler.ReadReply(handled.Reply);
        if (reply is { UpdatedCard: null, Messages: [{ Card: null, Actions.Count: 0, File: null } only] })
        {
            // A short answer to a tap (e.g. why nothing changed) is shown on the card itself rather than posted to the chat;
            // a file offered (the draft's warnings) goes to the chat, where Teams asks for consent.
            await runner.ReleaseAsync(added.Id, lease, null, CancellationToken.None);
            return Invoke(InvokeResponse.Message(only.Text));
        }

        // The card goes back in this answer; the workers send the messages.
        await runner.ReleaseAsync(added.Id, lease, reply.Messages.Count > 0 ? BotInboxHandler.WriteReply(reply with { UpdatedCard = null }) : null, CancellationToken.None);
        if (reply.UpdatedCard is null)
        {
            return Invoke(InvokeResponse.Message(BotFrameworkTexts.Received));
        }

        try
        {
            return Invoke(InvokeResponse.Card(mapper.Render(reply.UpdatedCard, activity.ChannelId)));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogInvokeFailed(logger, e, activity.Id);
            return Invoke(InvokeResponse.Error(500, "InternalError", BotFrameworkTexts.Error));
        }
    }

    /// <summary>A slow card action: once handled, its whole reply (the card update included) goes to the workers.</summary>
    private async Task FinishInBackgroundAsync(Task<InboxHandled> running, long id, DateTimeOffset lease)
    {
        try
        {
            var handled = await running;
            if (handled.IsHandled)
            {
                await runner.ReleaseAsync(id, lease, handled.Reply, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // In the background nobody else would see it; the item's lease runs out and a worker finishes it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogInvokeFailed(logger, e, id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static JsonHttpResult<InvokeResponse> Invoke(InvokeResponse response) => TypedResults.Json(response, BotJson.Options);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ignored repeated {Type} activity {ActivityId}")]
    private static partial void LogDuplicate(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Type} activity {ActivityId} with 503: the inbox backlog is full")]
    private static partial void LogBacklogFull(ILogger logger, string? type, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Card action {ActivityId} is slow; answered 'still working' and finishing in the background")]
    private static partial void LogInvokeSlow(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Card action {ActivityId} failed")]
    private static partial void LogInvokeFailed(ILogger logger, Exception exception, string? activityId);
}
