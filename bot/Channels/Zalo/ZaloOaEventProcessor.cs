using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Inbox;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// One verified OA webhook event (fact sheet §1.1), from the inbox: records the user's interaction (the 7-day window
/// counts from it), then answers texts and button taps through the conversation, welcomes new followers and links a
/// shared phone number. Other events are ignored. The answer is sent after the change is committed.
/// </summary>
public sealed partial class ZaloOaEventProcessor(
    ReformBotDbContext db,
    IConversationHandler conversation,
    ZaloMessenger messenger,
    ZaloOaClient client,
    ZaloPhoneLinker linker,
    ChatFileDownloader files,
    IOptions<ZaloOptions> options,
    ILogger<ZaloOaEventProcessor> logger) : IInboxHandler
{
    public const string ChannelName = "zalo-oa";
    private static readonly JsonSerializerOptions ReplyJson = new(JsonSerializerDefaults.Web);

    public string Channel => ChannelName;

    /// <summary>
    /// The stored form of an event about a user, keyed by its <c>msg_id</c> (or event, user and timestamp for events
    /// without one); null for events that concern nobody (nothing to do).
    /// </summary>
    public static InboxEntry? Entry(JsonObject e, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(e);
        var eventName = ZaloJson.String(e["event_name"]) ?? string.Empty;
        if (UserOf(e, eventName) is not { } userId)
        {
            return null;
        }

        var key = ZaloJson.String((e["message"] as JsonObject)?["msg_id"]) ?? $"{eventName}:{userId}:{ZaloJson.String(e["timestamp"])}";
        return new InboxEntry(ChannelName, InboxKeys.Fit(key), InboxKeys.Fit(userId), e.ToJsonString(), receivedAt);
    }

    public Task PrepareAsync(InboxWork work, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<string?> HandleAsync(InboxWork work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var e = JsonNode.Parse(work.Payload) as JsonObject ?? throw new InvalidOperationException($"Inbox item {work.Id} holds no Zalo event.");
        var eventName = ZaloJson.String(e["event_name"]) ?? string.Empty;
        if (UserOf(e, eventName) is not { } userId)
        {
            LogIgnored(logger, eventName);
            return null;
        }

        var message = e["message"] as JsonObject;
        var at = ZaloJson.EpochMilliseconds(e["timestamp"]) is { } stamp && stamp <= work.ReceivedAt ? stamp : work.ReceivedAt;
        await RecordAsync(userId, eventName, at, cancellationToken);
        var incoming = new IncomingMessage(ZaloChannelNames.Oa, userId, null, userId, ZaloJson.String(message?["msg_id"]), null, null, null, [], at);
        ZaloOaReply? reply = eventName switch
        {
            "follow" => await WelcomeAsync(incoming, cancellationToken),
            "user_submit_info" => new ZaloOaReply(
                userId, await linker.LinkAsync(incoming, ZaloJson.String((e["info"] as JsonObject)?["phone"]), cancellationToken), false),
            _ when eventName.StartsWith("user_send_", StringComparison.Ordinal) && message is not null =>
                new ZaloOaReply(userId, await AnswerAsync(incoming, message, cancellationToken), false),

            // unfollow, user_click_chatnow and the rest: the interaction (or its end) is recorded, nothing to answer.
            _ => null,
        };
        return reply is null ? null : JsonSerializer.Serialize(reply, ReplyJson);
    }

    /// <summary>
    /// Sends the stored answer. A user Zalo says cannot be reached (outside the window, unfollowed, blocked) is not
    /// retried; any other failure is, by the inbox.
    /// </summary>
    public async Task SendAsync(InboxWork work, string reply, CancellationToken cancellationToken)
    {
        var answer = JsonSerializer.Deserialize<ZaloOaReply>(reply, ReplyJson) ?? throw new InvalidOperationException("Empty Zalo OA reply.");
        if (answer.Reply.UpdatedCard is not null || answer.Reply.Messages.Count > 0)
        {
            Check(answer.UserId, await messenger.SendReplyAsync(answer.UserId, answer.Reply, cancellationToken));
        }

        if (answer.AskForPhone)
        {
            // Sharing the phone number (user_submit_info) links the account when a plan lists that number.
            Check(answer.UserId, await client.SendRequestUserInfoAsync(
                answer.UserId, ZaloTexts.ShareInfoTitle, ZaloTexts.ShareInfoSubtitle, options.Value.RequestInfoImageUrl, cancellationToken));
        }
    }

    public string? FailureReply(InboxWork work) => null;

    /// <summary>Who the event is about: the follower, the sender of a user_* event, or the flat user_id of user_click_chatnow.</summary>
    private static string? UserOf(JsonObject e, string eventName) => eventName switch
    {
        "follow" or "unfollow" => ZaloJson.String((e["follower"] as JsonObject)?["id"]),
        "user_click_chatnow" => ZaloJson.String(e["user_id"]) ?? ZaloJson.String((e["sender"] as JsonObject)?["id"]),
        // user_received_message and user_seen_message come from the OA's side (sender = OA) and are no interaction.
        "user_received_message" or "user_seen_message" => null,
        _ when eventName.StartsWith("user_", StringComparison.Ordinal) => ZaloJson.String((e["sender"] as JsonObject)?["id"]),
        _ => null,
    };

    private void Check(string userId, ZaloApiResult result)
    {
        if (result.IsOk)
        {
            return;
        }

        LogSendFailed(logger, userId, result.Error, result.Message);
        if (!result.IsOutsideWindow && !result.IsUserUnreachable)
        {
            throw new InvalidOperationException($"Zalo OA send to {userId} failed: {result}");
        }
    }

    private async Task RecordAsync(string userId, string eventName, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var user = await db.ZaloUsers.SingleOrDefaultAsync(u => u.UserId == userId, cancellationToken);
        if (user is null)
        {
            user = new ZaloUser(userId);
            db.ZaloUsers.Add(user);
        }

        switch (eventName)
        {
            case "follow": user.Follow(at); break;
            case "unfollow": user.Unfollow(at); break;
            default: user.Interacted(at); break;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ConversationReply> AnswerAsync(IncomingMessage incoming, JsonObject message, CancellationToken cancellationToken)
    {
        var text = ZaloJson.String(message["text"]);
        var attachments = (message["attachments"] as JsonArray)?.OfType<JsonObject>()
            .Select(a => new MessageAttachment(
                ZaloJson.String(a["type"]) ?? "file",
                ZaloJson.String((a["payload"] as JsonObject)?["url"]),
                ZaloJson.String((a["payload"] as JsonObject)?["name"])))
            .ToList() ?? [];
        var tapped = ZaloButtonPayload.TryDecode(text, out var action);
        return await conversation.HandleAsync(incoming with { Text = tapped ? null : text, Action = action, Attachments = attachments, File = FileOf(message) }, cancellationToken);
    }

    /// <summary>The file of a <c>user_send_file</c> event: <c>attachments[].payload</c> url, name and size (bytes, a number or a string).</summary>
    private IncomingFile? FileOf(JsonObject message)
    {
        var file = (message["attachments"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(a => ZaloJson.String(a["type"]) == "file")?["payload"] as JsonObject;
        if (file is null)
        {
            return null;
        }

        var size = long.TryParse(ZaloJson.String(file["size"]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) ? bytes : (long?)null;
        return files.For(ZaloJson.String(file["name"]), size, ZaloJson.String(file["url"]));
    }

    private async Task<ZaloOaReply> WelcomeAsync(IncomingMessage incoming, CancellationToken cancellationToken)
    {
        var reply = await conversation.WelcomeAsync(incoming, cancellationToken);
        var linked = await db.ChatAccounts.AnyAsync(a => a.Channel == ZaloChannelNames.Oa && a.AccountId == incoming.AccountId, cancellationToken);
        return new ZaloOaReply(incoming.AccountId, reply, AskForPhone: !linked);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo OA event {EventName} ignored")]
    private static partial void LogIgnored(ILogger logger, string eventName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo OA reply to {UserId} failed: {Error} {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string userId, int error, string? reason);
}
