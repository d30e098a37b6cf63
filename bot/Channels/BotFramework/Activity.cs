using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// A Bot Framework activity, in and out. Only the fields the bot reads or writes are typed; everything else a channel
/// sends is kept in <see cref="Extra"/> so that nothing is lost when part of it is echoed back.
/// </summary>
internal sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? Text { get; set; }

    /// <summary>A message's plain-text summary: what Teams notifies and previews for a card sent without text.</summary>
    public string? Summary { get; set; }
    public string? Locale { get; set; }
    public string? Name { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public JsonNode? Value { get; set; }
    public IList<ChannelAccount>? MembersAdded { get; set; }
    public IList<ChannelAccount>? MembersRemoved { get; set; }
    public IList<Attachment>? Attachments { get; set; }
    public SuggestedActions? SuggestedActions { get; set; }
    public IList<JsonObject>? Entities { get; set; }
    public JsonObject? ChannelData { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }

    /// <summary>The Teams tenant of the conversation, wherever the channel put it.</summary>
    [JsonIgnore]
    public string? TenantId =>
        Conversation?.TenantId ?? ((ChannelData?["tenant"] as JsonObject)?["id"] is JsonValue id && id.TryGetValue<string>(out var tenant) ? tenant : null);

    /// <summary>A reply to this activity: from/recipient swapped, conversation and channel copied (with their extra fields).</summary>
    public Activity CreateReply() => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = ServiceUrl,
        ChannelId = ChannelId,
        From = Recipient,
        Recipient = From,
        Conversation = Conversation,
        ReplyToId = Id,
        Locale = Locale,
    };
}
