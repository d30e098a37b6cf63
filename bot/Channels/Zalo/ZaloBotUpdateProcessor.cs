using System.Text.Json;
using System.Text.Json.Nodes;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Inbox;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// One Zalo Bot update, from the inbox: a text goes to the conversation (linking by one-time code happens there) and
/// the reply comes back by <c>sendMessage</c> to the chat, as plain text (the Bot API documents no buttons), after the
/// change is committed. Both update shapes are accepted: the documented <c>{ok, result: {event_name, message}}</c> and
/// the bare <c>{event_name, message}</c> that real webhooks reportedly send (fact sheet §2, C).
/// </summary>
public sealed partial class ZaloBotUpdateProcessor(
    IConversationHandler conversation,
    ZaloBotClient client,
    ZaloMessageRenderer renderer,
    ILogger<ZaloBotUpdateProcessor> logger) : IInboxHandler
{
    public const string TextReceived = "message.text.received";
    public const string ChannelName = "zalo-bot";
    private static readonly JsonSerializerOptions ReplyJson = new(JsonSerializerDefaults.Web);

    public string Channel => ChannelName;

    /// <summary>The stored form of a text update, keyed by its <c>message_id</c>; null for other updates (nothing to do).</summary>
    public static InboxEntry? Entry(JsonObject body, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (Read(body) is not { } text)
        {
            // Stickers, images and other updates: answered 200, nothing to do.
            return null;
        }

        var key = text.MessageId is { } id ? "bot:" + id : "bot-no-id:" + Guid.NewGuid().ToString("N");
        return new InboxEntry(ChannelName, InboxKeys.Fit(key), InboxKeys.Fit(text.Chat), body.ToJsonString(), receivedAt);
    }

    public Task PrepareAsync(InboxWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<string?> HandleAsync(InboxWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (JsonNode.Parse(work.Payload) is not JsonObject body || Read(body) is not { } text)
        {
            LogIgnored(logger, "?");
            return null;
        }

        var incoming = new IncomingMessage(
            ZaloChannelNames.Bot, text.From, null, text.Chat, text.MessageId, null, ZaloJson.String(text.Message["text"]), null, [],
            ZaloJson.EpochMilliseconds(text.Message["date"]) ?? work.ReceivedAt);
        var reply = await conversation.HandleAsync(incoming, cancellationToken);
        var messages = reply.UpdatedCard is { } card ? [new OutgoingMessage(string.Empty, card, []), .. reply.Messages] : reply.Messages;
        var parts = messages.SelectMany(m => renderer.Render(m).Parts).Where(p => p.Length > 0).ToList();
        return parts.Count == 0 ? null : JsonSerializer.Serialize(new ZaloBotReply(text.Chat, parts), ReplyJson);
    }

    public async Task SendAsync(InboxWork work, string reply, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize<ZaloBotReply>(reply, ReplyJson) ?? throw new InvalidOperationException("Empty Zalo Bot reply.");
        foreach (var part in answer.Parts)
        {
            var result = await client.SendMessageAsync(answer.ChatId, part, cancellationToken);
            if (!result.IsOk)
            {
                LogSendFailed(logger, result.Error, result.Message);
                throw new InvalidOperationException($"Zalo Bot sendMessage failed: {result}");
            }
        }
    }

    public string? FailureReply(InboxWork work) => null;

    private static TextUpdate? Read(JsonObject body)
    {
        var update = body["event_name"] is null && body["result"] is JsonObject result ? result : body;
        var message = update["message"] as JsonObject;
        var from = ZaloJson.String((message?["from"] as JsonObject)?["id"]);
        var chat = ZaloJson.String((message?["chat"] as JsonObject)?["id"]) ?? from;
        return ZaloJson.String(update["event_name"]) != TextReceived || message is null || from is null || chat is null
            ? null
            : new TextUpdate(message, from, chat, ZaloJson.String(message["message_id"]));
    }

    private sealed record TextUpdate(JsonObject Message, string From, string Chat, string? MessageId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo Bot update {EventName} ignored")]
    private static partial void LogIgnored(ILogger logger, string eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo Bot sendMessage failed: {Error} {Reason}")]
    private static partial void LogSendFailed(ILogger logger, int error, string? reason);
}
