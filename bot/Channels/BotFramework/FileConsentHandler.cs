using System.Net.Http.Headers;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// A <c>fileConsent/invoke</c> from a Teams personal chat. Accepted: the file behind the card's token is built again
/// (as of the date the request was made), PUT whole to the <c>uploadUrl</c> Teams gave (<c>Content-Range: bytes
/// 0-{n-1}/{n}</c>, no bot token), and shown with a file info card. Declined, expired or failed: the person is told so
/// and, while it works, given the signed download link instead. An unreadable answer or a bad upload address uploads
/// nothing and is answered 400; everything else is answered 200 once the chat message is sent. A repeated accept of
/// the same card (Teams' retry, a second press) uploads nothing more (<see cref="FileConsentClaims"/>): while the
/// first is uploading it is answered 200 silently, afterwards with a note that the file was sent.
/// </summary>
internal sealed partial class FileConsentHandler(
    IOfferedFiles files,
    FileConsentClaims claims,
    ConnectorClient connector,
    IHttpClientFactory httpClients,
    IHostEnvironment environment,
    ILogger<FileConsentHandler> logger)
{
    public const string HttpClientName = "BotFramework.FileUpload";

    /// <summary>The invoke's answer: its status and, for a 400, the reason shown to the person.</summary>
    public async Task<(int Status, string? Error)> HandleAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var answer = FileConsentAnswer.Read(activity.Value, allowHttp: !environment.IsProduction(), out var problem);
        if (answer is null)
        {
            LogRefused(logger, activity.Id, problem);
            return (StatusCodes.Status400BadRequest, BotFrameworkTexts.UnsupportedAction);
        }

        var link = files.Link(answer.Token);
        if (link is null)
        {
            await SayAsync(activity, BotFrameworkTexts.FileOfferExpired, null, cancellationToken);
            return (StatusCodes.Status200OK, null);
        }

        if (!answer.Accepted)
        {
            await SayAsync(activity, BotFrameworkTexts.FileDeclined(link), null, cancellationToken);
            return (StatusCodes.Status200OK, null);
        }

        if (answer.Upload is not { } upload)
        {
            LogRefused(logger, activity.Id, problem);
            await SayAsync(activity, BotFrameworkTexts.FileUploadFailed(link), null, cancellationToken);
            return (StatusCodes.Status400BadRequest, BotFrameworkTexts.FileUploadRefused);
        }

        var key = FileConsentClaims.Key(answer.Token, activity.ReplyToId);
        switch (await claims.ClaimAsync(key, activity.From?.Id, cancellationToken))
        {
            case FileConsentClaim.InProgress:
                LogRepeated(logger, activity.Id);
                return (StatusCodes.Status200OK, null);
            case FileConsentClaim.Done:
                LogRepeated(logger, activity.Id);
                await SayAsync(activity, BotFrameworkTexts.FileAlreadyUploaded(upload.Name), null, cancellationToken);
                return (StatusCodes.Status200OK, null);
        }

        var opened = await files.OpenAsync(answer.Token, activity.ChannelId ?? "msteams", cancellationToken);
        if (opened.File is not { } file)
        {
            await claims.ReleaseAsync(key, CancellationToken.None);
            await SayAsync(activity, opened.Refusal ?? BotFrameworkTexts.FileOfferExpired, null, cancellationToken);
            return (StatusCodes.Status200OK, null);
        }

        if (!await UploadAsync(upload.UploadUrl, file.Content, activity.Id, cancellationToken))
        {
            await claims.ReleaseAsync(key, CancellationToken.None);
            await SayAsync(activity, BotFrameworkTexts.FileUploadFailed(link), null, cancellationToken);
            return (StatusCodes.Status200OK, null);
        }

        await claims.DoneAsync(key, CancellationToken.None);
        await SayAsync(activity, BotFrameworkTexts.FileUploaded(upload.Name ?? file.Name), FileConsentCards.Info(upload), cancellationToken);
        return (StatusCodes.Status200OK, null);
    }

    private async Task<bool> UploadAsync(Uri uploadUrl, byte[] content, string? activityId, CancellationToken cancellationToken)
    {
        using var body = new ByteArrayContent(content);
        body.Headers.ContentLength = content.Length;
        body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.Length - 1, content.Length);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).PutAsync(uploadUrl, body, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return true;
            }

            LogUploadFailed(logger, null, activityId, ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
            return false;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUploadFailed(logger, e, activityId, e.GetType().Name);
            return false;
        }
    }

    private async Task SayAsync(Activity incoming, string text, Attachment? attachment, CancellationToken cancellationToken)
    {
        if (incoming.ServiceUrl is not { } serviceUrl || incoming.Conversation?.Id is not { } conversationId)
        {
            return;
        }

        var reply = incoming.CreateReply();
        reply.Text = text;
        reply.TextFormat = "markdown";
        if (attachment is not null)
        {
            reply.Attachments = [attachment];
        }

        try
        {
            _ = incoming.Id is { Length: > 0 } id
                ? await connector.ReplyToActivityAsync(serviceUrl, conversationId, id, reply, cancellationToken)
                : await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken);
        }
        catch (ConnectorException e)
        {
            // The invoke is still answered; the person can ask again.
            LogReplyFailed(logger, e, incoming.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "File consent {ActivityId} refused: {Problem}")]
    private static partial void LogRefused(ILogger logger, string? activityId, string? problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File consent {ActivityId}: the upload failed ({Reason}); the signed link was sent instead")]
    private static partial void LogUploadFailed(ILogger logger, Exception? exception, string? activityId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "File consent {ActivityId} repeats an accept already taken: nothing uploaded")]
    private static partial void LogRepeated(ILogger logger, string? activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "File consent {ActivityId}: the answer could not be posted to the chat")]
    private static partial void LogReplyFailed(ILogger logger, Exception exception, string? activityId);
}
