using System.Text.Json.Nodes;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// One Zalo Bot update: a text goes to the conversation (linking by one-time code happens there) and the reply comes back
/// by <c>sendMessage</c> to the chat, as plain text (the Bot API documents no buttons). Both update shapes are accepted:
/// the documented <c>{ok, result: {event_name, message}}</c> and the bare <c>{event_name, message}</c> that real
/// webhooks reportedly send (fact sheet §2, C).
/// </summary>
public sealed partial class ZaloBotUpdateProcessor(
    ReformBotDbContext db,
    IConversationHandler conversation,
    ZaloBotClient client,
    ZaloMessageRenderer renderer,
    TimeProvider time,
    ILogger<ZaloBotUpdateProcessor> logger)
{
    public const string TextReceived = "message.text.received";

    public async Task ProcessAsync(ZaloInboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var update = Unwrap(item.Body);
        var message = update["message"] as JsonObject;
        var eventName = ZaloJson.String(update["event_name"]);
        var from = ZaloJson.String((message?["from"] as JsonObject)?["id"]);
        var chat = ZaloJson.String((message?["chat"] as JsonObject)?["id"]) ?? from;
        if (eventName != TextReceived || message is null || from is null || chat is null)
        {
            LogIgnored(logger, eventName ?? "?");
            return;
        }

        var messageId = ZaloJson.String(message["message_id"]);
        if (messageId is not null && !await ZaloSeenEvents.FirstTimeAsync(db, "bot:" + messageId, time.GetUtcNow(), cancellationToken))
        {
            return;
        }

        var incoming = new IncomingMessage(
            ZaloChannelNames.Bot, from, null, chat, messageId, null, ZaloJson.String(message["text"]), null, [],
            ZaloJson.EpochMilliseconds(message["date"]) ?? item.ReceivedAt);
        var reply = await conversation.HandleAsync(incoming, cancellationToken);
        var messages = reply.UpdatedCard is { } card ? [new OutgoingMessage(string.Empty, card, []), .. reply.Messages] : reply.Messages;
        foreach (var part in messages.SelectMany(m => renderer.Render(m).Parts).Where(p => p.Length > 0))
        {
            var result = await client.SendMessageAsync(chat, part, cancellationToken);
            if (!result.IsOk)
            {
                LogSendFailed(logger, result.Error, result.Message);
                return;
            }
        }
    }

    private static JsonObject Unwrap(JsonObject body) =>
        body["event_name"] is null && body["result"] is JsonObject result ? result : body;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo Bot update {EventName} ignored")]
    private static partial void LogIgnored(ILogger logger, string eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot sendMessage failed: {Error} {Reason}")]
    private static partial void LogSendFailed(ILogger logger, int error, string? reason);
}
