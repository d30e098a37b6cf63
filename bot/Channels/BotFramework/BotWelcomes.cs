namespace ReformBot.Channels.BotFramework;

/// <summary>Who an activity asks the bot to welcome.</summary>
internal static class BotWelcomes
{
    /// <summary>
    /// The bot added to a chat (or installed) welcomes whoever added it; members added later are welcomed each.
    /// A Web Chat page's <c>webchat/join</c> event welcomes its user. Other activities welcome nobody.
    /// </summary>
    public static IReadOnlyList<ChannelAccount> MembersOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.InstallationUpdate)
        {
            return activity.Action == "add" && activity.From?.Id is not null ? [activity.From] : [];
        }

        if (activity.Type == ActivityTypes.Event)
        {
            // Web Chat opened: the person on the page is welcomed (a Direct Line conversationUpdate is handled below).
            return activity.Name == ActivityTypes.WebChatJoin && activity.From?.Id is not null ? [activity.From] : [];
        }

        if (activity.Type != ActivityTypes.ConversationUpdate)
        {
            return [];
        }

        var added = activity.MembersAdded ?? [];
        var botId = activity.Recipient?.Id;
        if (botId is not null && added.Any(m => m.Id == botId))
        {
            return activity.From?.Id is not null ? [activity.From] : [];
        }

        return [.. added.Where(m => m.Id is not null && m.Id != botId)];
    }
}
