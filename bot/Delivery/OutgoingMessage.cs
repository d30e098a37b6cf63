namespace ReformBot.Delivery;

/// <summary>
/// What the bot says: a text, a card, or both, plus buttons for channels without cards.
/// <see cref="Text"/> is always set so channels that cannot show cards still say something useful.
/// </summary>
public sealed record OutgoingMessage(string Text, CardContent? Card, IReadOnlyList<MessageAction> Actions)
{
    /// <summary>A file offered with the message; <see cref="Text"/> carries its download link for channels that cannot take files.</summary>
    public FileOffer? File { get; init; }

    public static OutgoingMessage PlainText(string text) => new(text, null, []);

    public static OutgoingMessage WithCard(string text, CardContent card) => new(text, card, []);
}
