namespace ReformBot.Delivery;

/// <summary>
/// The bot's answer to one incoming message. <see cref="UpdatedCard"/> replaces the card that was tapped
/// (the invoke response in Teams); <see cref="Messages"/> are sent to the conversation in order.
/// </summary>
public sealed record ConversationReply(CardContent? UpdatedCard, IReadOnlyList<OutgoingMessage> Messages)
{
    public static ConversationReply None { get; } = new(null, []);

    public static ConversationReply WithText(string text) => new(null, [OutgoingMessage.PlainText(text)]);
}
