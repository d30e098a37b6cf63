namespace ReformBot.Channels.Zalo;

/// <summary>
/// The <c>Channel</c> of chat accounts and incoming messages. The OA and the Zalo Bot are separate platforms with separate
/// id spaces (an OA user id is per OA; a bot chat id is per bot), so an id of one must never be taken for the other.
/// </summary>
public static class ZaloChannelNames
{
    /// <summary>Zalo Official Account: AccountId = the user's id for this OA (<c>sender.id</c>).</summary>
    public const string Oa = "zalo";

    /// <summary>Zalo Bot platform: AccountId = <c>message.from.id</c>, ConversationId = <c>message.chat.id</c>.</summary>
    public const string Bot = "zalobot";

    /// <summary><see cref="Plans.ChatAccount.Source"/> of an account linked by the phone number the user shared.</summary>
    public const string PhoneSource = "phone";
}
