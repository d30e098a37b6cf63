using System.Text.Json.Serialization;

namespace ReformBot.Delivery;

/// <summary>
/// What a person said or tapped, in any channel, already authenticated by that channel.
/// <see cref="ReplyToId"/> is the channel's id of the bot message being answered, when the channel tells us.
/// </summary>
public sealed record IncomingMessage(
    string Channel,
    string AccountId,
    string? AadObjectId,
    string ConversationId,
    string? MessageId,
    string? ReplyToId,
    string? Text,
    CardAction? Action,
    IReadOnlyList<MessageAttachment> Attachments,
    DateTimeOffset ReceivedAt)
{
    /// <summary>A file sent to the bot whose bytes the channel can fetch (a plan appendix, usually); null when none.</summary>
    [JsonIgnore]
    public IncomingFile? File { get; init; }
}
