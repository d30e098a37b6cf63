namespace ReformBot.Channels.BotFramework;

/// <summary>The activity types, names and content types this bot deals with.</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Event = "event";

    /// <summary>The event a Web Chat page sends when it opens (the Web Chat samples' convention), asking for a welcome.</summary>
    public const string WebChatJoin = "webchat/join";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";
    public const string MessageResponseType = "application/vnd.microsoft.activity.message";
    public const string ErrorResponseType = "application/vnd.microsoft.error";
}
