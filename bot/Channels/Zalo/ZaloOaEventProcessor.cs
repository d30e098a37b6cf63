using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Channels.Zalo;

/// <summary>
/// One verified OA webhook event (fact sheet §1.1): records the user's interaction (the 7-day window counts from it),
/// then answers texts and button taps through the conversation, welcomes new followers and links a shared phone number.
/// Other events are ignored.
/// </summary>
public sealed partial class ZaloOaEventProcessor(
    ReformBotDbContext db,
    IConversationHandler conversation,
    ZaloMessenger messenger,
    ZaloOaClient client,
    ZaloPhoneLinker linker,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloOaEventProcessor> logger)
{
    public async Task ProcessAsync(ZaloInboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        var e = item.Body;
        var eventName = ZaloJson.String(e["event_name"]) ?? string.Empty;
        var userId = UserOf(e, eventName);
        if (userId is null)
        {
            LogIgnored(logger, eventName);
            return;
        }

        var message = e["message"] as JsonObject;
        var now = time.GetUtcNow();
        var at = ZaloJson.EpochMilliseconds(e["timestamp"]) is { } stamp && stamp <= now ? stamp : now;
        var key = ZaloJson.String(message?["msg_id"]) ?? $"{eventName}:{userId}:{ZaloJson.String(e["timestamp"])}";
        if (!await ZaloSeenEvents.FirstTimeAsync(db, key, now, cancellationToken))
        {
            LogDuplicate(logger, key);
            return;
        }

        await RecordAsync(userId, eventName, at, cancellationToken);
        var incoming = new IncomingMessage(ZaloChannelNames.Oa, userId, null, userId, ZaloJson.String(message?["msg_id"]), null, null, null, [], at);
        switch (eventName)
        {
            case "follow":
                await WelcomeAsync(incoming, cancellationToken);
                break;
            case "user_submit_info":
                var phone = ZaloJson.String((e["info"] as JsonObject)?["phone"]);
                var reply = await linker.LinkAsync(incoming, phone, cancellationToken);
                await SendAsync(userId, reply, cancellationToken);
                break;
            case not null when eventName.StartsWith("user_send_", StringComparison.Ordinal) && message is not null:
                await AnswerAsync(incoming, message, cancellationToken);
                break;
            default:
                // unfollow, user_click_chatnow and the rest: the interaction (or its end) is recorded, nothing to answer.
                break;
        }
    }

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

    private async Task AnswerAsync(IncomingMessage incoming, JsonObject message, CancellationToken cancellationToken)
    {
        var text = ZaloJson.String(message["text"]);
        var attachments = (message["attachments"] as JsonArray)?.OfType<JsonObject>()
            .Select(a => new MessageAttachment(
                ZaloJson.String(a["type"]) ?? "file",
                ZaloJson.String((a["payload"] as JsonObject)?["url"]),
                ZaloJson.String((a["payload"] as JsonObject)?["name"])))
            .ToList() ?? [];
        var tapped = ZaloButtonPayload.TryDecode(text, out var action);
        var reply = await conversation.HandleAsync(
            incoming with { Text = tapped ? null : text, Action = action, Attachments = attachments }, cancellationToken);
        await SendAsync(incoming.AccountId, reply, cancellationToken);
    }

    private async Task WelcomeAsync(IncomingMessage incoming, CancellationToken cancellationToken)
    {
        var reply = await conversation.WelcomeAsync(incoming, cancellationToken);
        await SendAsync(incoming.AccountId, reply, cancellationToken);
        var linked = await db.ChatAccounts.AnyAsync(a => a.Channel == ZaloChannelNames.Oa && a.AccountId == incoming.AccountId, cancellationToken);
        if (!linked)
        {
            // Sharing the phone number (user_submit_info) links the account when a plan lists that number.
            var result = await client.SendRequestUserInfoAsync(
                incoming.AccountId, ZaloTexts.ShareInfoTitle, ZaloTexts.ShareInfoSubtitle, options.Value.RequestInfoImageUrl, cancellationToken);
            if (!result.IsOk)
            {
                LogSendFailed(logger, incoming.AccountId, result.Error, result.Message);
            }
        }
    }

    private async Task SendAsync(string userId, ConversationReply reply, CancellationToken cancellationToken)
    {
        var result = await messenger.SendReplyAsync(userId, reply, cancellationToken);
        if (!result.IsOk)
        {
            LogSendFailed(logger, userId, result.Error, result.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Zalo OA event {EventName} ignored")]
    private static partial void LogIgnored(ILogger logger, string eventName);

    [LoggerMessage(Level = LogLevel.Information, Message = "Zalo OA event {Key} already handled")]
    private static partial void LogDuplicate(ILogger logger, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Zalo OA reply to {UserId} failed: {Error} {Reason}")]
    private static partial void LogSendFailed(ILogger logger, string userId, int error, string? reason);
}
