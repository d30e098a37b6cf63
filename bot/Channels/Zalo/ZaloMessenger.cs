using ReformBot.Delivery;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// Sends one bot message to one OA user: its parts in order, the buttons under the last; stops at the first refusal.
/// A reply that offers a file Zalo's upload takes (PDF, DOC, DOCX up to 5 MB: the report draft) carries the file
/// itself: uploaded, then sent as a file message under a short text. Any other file (a workbook), or an upload or file
/// message Zalo refuses, goes as the message's own text with the signed download link: the message is never lost.
/// </summary>
public sealed partial class ZaloMessenger(ZaloOaClient client, ZaloMessageRenderer renderer, IOfferedFiles files, ILogger<ZaloMessenger> logger)
{
    private static readonly string[] UploadableExtensions = [".pdf", ".doc", ".docx"];

    public Task<ZaloApiResult> SendAsync(string userId, OutgoingMessage message, CancellationToken cancellationToken) =>
        SendAsync(userId, renderer.Render(message), cancellationToken);

    public async Task<ZaloApiResult> SendAsync(string userId, ZaloRenderedMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var result = new ZaloApiResult(0, null);
        for (var i = 0; i < message.Parts.Count; i++)
        {
            var last = i == message.Parts.Count - 1;
            result = await client.SendTextAsync(userId, message.Parts[i], last ? message.Buttons : [], cancellationToken);
            if (!result.IsOk)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>A conversation reply: the refreshed card first (Zalo cannot replace a sent message), then the messages.</summary>
    public async Task<ZaloApiResult> SendReplyAsync(string userId, ConversationReply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var result = new ZaloApiResult(0, null);
        var messages = reply.UpdatedCard is { } card ? [new OutgoingMessage(string.Empty, card, []), .. reply.Messages] : reply.Messages;
        foreach (var message in messages)
        {
            if (message.File is { } offer && await SendFileAsync(userId, offer, cancellationToken) is { } sent)
            {
                if (!sent.IsOk)
                {
                    return sent;
                }

                result = sent;
                continue;
            }

            var rendered = renderer.Render(message);
            if (rendered.FullText.Length == 0)
            {
                continue;
            }

            result = await SendAsync(userId, rendered, cancellationToken);
            if (!result.IsOk)
            {
                return result;
            }
        }

        return result;
    }

    /// <summary>
    /// The offered file as a Zalo file message under a short text; null when it is to go as the link instead (a kind
    /// Zalo does not take, too large, no longer built, or refused by the upload or the file message).
    /// </summary>
    private async Task<ZaloApiResult?> SendFileAsync(string userId, FileOffer offer, CancellationToken cancellationToken)
    {
        if (!UploadableExtensions.Contains(Path.GetExtension(offer.Name).ToLowerInvariant(), StringComparer.Ordinal) || offer.Size > ZaloOaClient.MaxUploadBytes)
        {
            return null;
        }

        var opened = await files.OpenAsync(offer.Token, ZaloChannelNames.Oa, cancellationToken);
        if (opened.File is not { } file || file.Content.Length > ZaloOaClient.MaxUploadBytes)
        {
            return null;
        }

        var upload = await client.UploadFileAsync(file.Name, file.ContentType, file.Content, cancellationToken);
        if (!upload.IsOk || upload.FileToken is not { Length: > 0 } token)
        {
            LogUploadRefused(logger, userId, file.Name, upload.Error, upload.Message);
            return null;
        }

        var text = await SendAsync(userId, renderer.Render(OutgoingMessage.PlainText(ZaloTexts.FileAttached(file.Name))), cancellationToken);
        if (!text.IsOk)
        {
            return text;
        }

        var sent = await client.SendFileAsync(userId, token, cancellationToken);
        if (sent.IsOk || sent.IsOutsideWindow || sent.IsUserUnreachable || sent.Error == ZaloApiResult.Transport)
        {
            return sent;
        }

        LogUploadRefused(logger, userId, file.Name, sent.Error, sent.Message);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo took no file {FileName} for {UserId} ({Error} {Reason}); the signed link is sent instead")]
    private static partial void LogUploadRefused(ILogger logger, string userId, string fileName, int error, string? reason);
}
