namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Enough of an activity to write to its sender later: the SDK's ConversationReference plus the tenant and the
/// user's Entra id, so a lost Teams 1:1 chat can be created again.
/// </summary>
public sealed record ConversationReference(
    string ChannelId,
    string ServiceUrl,
    string AccountId,
    string? AccountName,
    string? AadObjectId,
    string? ConversationId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? BotName,
    string? Locale,
    string? LastActivityId,
    DateTimeOffset UpdatedAt,
    bool IsStale)
{
    /// <summary>The reference an authenticated activity gives; null when it names no sender or serviceUrl.</summary>
    internal static ConversationReference? From(Activity activity, DateTimeOffset at)
    {
        if (activity.From?.Id is not { Length: > 0 } accountId || activity.ServiceUrl is not { Length: > 0 } serviceUrl ||
            activity.ChannelId is not { Length: > 0 } channelId)
        {
            return null;
        }

        // A group chat or channel is no place for one person's reminders: keep the account, not that conversation.
        var shared = activity.Conversation?.IsShared ?? false;
        return new ConversationReference(
            channelId,
            serviceUrl,
            accountId,
            activity.From.Name,
            activity.From.AadObjectId,
            shared ? null : activity.Conversation?.Id,
            shared ? null : activity.Conversation?.ConversationType,
            activity.TenantId,
            activity.Recipient?.Id,
            activity.Recipient?.Name,
            activity.Locale,
            activity.Id,
            at,
            IsStale: false);
    }
}
