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
    public string? AccountName { get; private set; }
    public string? AadObjectId { get; private set; }
    public string ServiceUrl { get; private set; }
    public string? ConversationId { get; private set; }
    public string? ConversationType { get; private set; }
    public string? TenantId { get; private set; }
    public string? BotId { get; private set; }
    public string? BotName { get; private set; }
    public string? Locale { get; private set; }
    public string? LastActivityId { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public bool IsStale { get; private set; }
    public DateTimeOffset? StaleSince { get; private set; }

    /// <summary>Where the account was last seen; values the activity did not carry are kept.</summary>
    public void Seen(
        string serviceUrl, string? accountName, string? aadObjectId, string? tenantId, string? botId, string? botName, string? locale,
        DateTimeOffset at)
    {
        ServiceUrl = serviceUrl;
        AccountName = accountName ?? AccountName;
        AadObjectId = aadObjectId ?? AadObjectId;
        TenantId = tenantId ?? TenantId;
        BotId = botId ?? BotId;
        BotName = botName ?? BotName;
        Locale = locale ?? Locale;
        UpdatedAt = at;
    }

    /// <summary>The account's own conversation, alive (it just spoke there, or it was just created).</summary>
    public void InConversation(string conversationId, string? conversationType, string? lastActivityId)
    {
        ConversationId = conversationId;
        ConversationType = conversationType;
        LastActivityId = lastActivityId;
        MarkFresh();
    }

    public void MarkStale(DateTimeOffset at)
    {
        if (!IsStale)
        {
            IsStale = true;
            StaleSince = at;
        }
    }

    private void MarkFresh()
    {
        IsStale = false;
        StaleSince = null;
    }
}
