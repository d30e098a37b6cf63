using System.Text.Json;
using ReformBot.Conversation;
using ReformBot.Delivery;
using ReformBot.Inbox;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Handles the activities <see cref="BotActivityProcessor"/> stored: messages and card actions go to the conversation,
/// welcomes to its welcome; the reply is stored and then sent to the activity's conversation.
/// </summary>
internal sealed class BotInboxHandler(
    IConversationHandler conversation, TeamsEmailMatcher matcher, BotReplySender sender, ServiceUrlTrust trust, ChatFileDownloader files) : IInboxHandler
{
    public const string ChannelName = "botframework";
    private static readonly JsonSerializerOptions ReplyJson = new(JsonSerializerDefaults.Web);
    private (string Payload, Activity Activity)? read;

    public string Channel => ChannelName;

    /// <summary>The stored form of an authenticated activity: unique by channel, conversation and activity id.</summary>
    public static InboxEntry Entry(Activity activity, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationKey = $"{activity.ChannelId}|{activity.Conversation?.Id}";
        var key = activity.Id is { Length: > 0 } id ? $"{conversationKey}|{id}" : "no-id|" + Guid.NewGuid().ToString("N");
        return new InboxEntry(ChannelName, InboxKeys.Fit(key), InboxKeys.Fit(conversationKey), JsonSerializer.Serialize(activity, BotJson.Options), receivedAt);
    }

    public static string WriteReply(ConversationReply reply) => JsonSerializer.Serialize(reply, ReplyJson);

    public static ConversationReply ReadReply(string reply) => JsonSerializer.Deserialize<ConversationReply>(reply, ReplyJson) ?? ConversationReply.None;

    public async Task PrepareAsync(InboxWork work, CancellationToken cancellationToken)
    {
        var activity = Read(work);
        if (activity.Type != ActivityTypes.Invoke)
        {
            await matcher.MatchAsync(activity, cancellationToken);
        }
    }

    public async Task<string?> HandleAsync(InboxWork work, CancellationToken cancellationToken)
    {
        var activity = Read(work);
        ConversationReply reply;
        if (activity.Type is ActivityTypes.Message or ActivityTypes.Invoke)
        {
            var incoming = ActivityMapper.ToIncoming(activity, work.ReceivedAt);
            reply = await conversation.HandleAsync(incoming with { File = TeamsFiles.Of(activity, files) }, cancellationToken);
        }
        else
        {
            var messages = new List<OutgoingMessage>();
            foreach (var member in BotWelcomes.MembersOf(activity))
            {
                messages.AddRange((await conversation.WelcomeAsync(ActivityMapper.ToWelcome(activity, member, work.ReceivedAt), cancellationToken)).Messages);
            }

            reply = new ConversationReply(null, messages);
        }

        return reply is { UpdatedCard: null, Messages.Count: 0 } ? null : WriteReply(reply);
    }

    public async Task SendAsync(InboxWork work, string reply, CancellationToken cancellationToken)
    {
        var activity = Read(work);

        // Only authenticated activities are stored, so their serviceUrl is trusted here as at the door (after a restart too).
        if (activity.ServiceUrl is { } serviceUrl)
        {
            trust.Trust(serviceUrl);
        }

        await sender.SendAsync(activity, ReadReply(reply), cancellationToken);
    }

    public string? FailureReply(InboxWork work) => WriteReply(ConversationReply.WithText(BotFrameworkTexts.Error));

    /// <summary>The activity of the item (read once per item: preparing, handling and sending it share this scoped handler).</summary>
    private Activity Read(InboxWork work)
    {
        if (read is { } known && ReferenceEquals(known.Payload, work.Payload))
        {
            return known.Activity;
        }

        var activity = JsonSerializer.Deserialize<Activity>(work.Payload, BotJson.Options) ?? throw new InvalidOperationException($"Inbox item {work.Id} holds no activity.");
        read = (work.Payload, activity);
        return activity;
    }
}
