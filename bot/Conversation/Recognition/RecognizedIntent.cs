namespace ReformBot.Conversation.Recognition;

/// <summary>
/// What the recognizer made of a message. <see cref="Confidence"/> is 0 for <see cref="IntentKind.Unknown"/>, about 0.9
/// for an explicit keyword and lower for a guess from a bare value (a lone "70%", a lone link); the handler may ask
/// back under a threshold.
/// </summary>
public sealed record RecognizedIntent(IntentKind Intent, IntentSlots Slots, double Confidence)
{
    public static RecognizedIntent Unknown { get; } = new(IntentKind.Unknown, IntentSlots.None, 0);
}
