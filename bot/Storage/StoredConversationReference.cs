namespace ReformBot.Storage;

/// <summary>
/// Where and how to reach one chat account proactively, as the last authenticated activity from it showed (Bot
/// Framework channels). <see cref="ConversationId"/> is the account's own (1:1) conversation; null when we only saw
/// the account in a group chat or channel. <see cref="IsStale"/> is set when the connector said the conversation
/// is gone or the bot is no longer in it, and cleared by the next activity.
/// </summary>
public sealed class StoredConversationReference
{
    private StoredConversationReference()
    {
        ChannelId = AccountId = ServiceUrl = string.Empty;
    }

    public StoredConversationReference(string channelId, string accountId, string serviceUrl)
    {
        ChannelId = channelId;
        AccountId = accountId;
        ServiceUrl = serviceUrl;
    }

    public long Id { get; private set; }
    public string ChannelId { get; private set; }
    public string AccountId { get; private set; }
    public string? AccountName { get; set; }
    public string? AadObjectId { get; set; }
    public string ServiceUrl { get; set; }
    public string? ConversationId { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? BotId { get; set; }
    public string? BotName { get; set; }
    public string? Locale { get; set; }
    public string? LastActivityId { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool IsStale { get; private set; }
    public DateTimeOffset? StaleSince { get; private set; }

    public void MarkStale(DateTimeOffset at)
    {
        if (!IsStale)
        {
            IsStale = true;
            StaleSince = at;
        }
    }

    public void MarkFresh()
    {
        IsStale = false;
        StaleSince = null;
    }
}
