namespace ReformBot.Conversation.Recognition;

/// <summary>
/// What the recognizer made of a message. <see cref="Confidence"/> is 0 for <see cref="IntentKind.Unknown"/> from
/// empty or meaningless input; with the trained model it is the probability of the chosen intent (rules and model
/// combined) and <see cref="RunnerUp"/> the next most likely one. The handler asks back under a threshold.
/// </summary>
public sealed record RecognizedIntent(IntentKind Intent, IntentSlots Slots, double Confidence)
{
    public static RecognizedIntent Unknown { get; } = new(IntentKind.Unknown, IntentSlots.None, 0);

    /// <summary>The second most likely intent and its probability, when the model was asked.</summary>
    public IntentScore? RunnerUp { get; init; }
}
