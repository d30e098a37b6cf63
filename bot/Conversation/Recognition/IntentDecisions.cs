namespace ReformBot.Conversation.Recognition;

public static class IntentDecisions
{
    /// <summary>A state change below <paramref name="confirmBelow"/> is asked about first; anything else that changes nothing is answered.</summary>
    public static IntentDecision Decide(RecognizedIntent recognized, double confirmBelow)
    {
        ArgumentNullException.ThrowIfNull(recognized);
        if (!recognized.Intent.ChangesState())
        {
            return IntentDecision.Answer;
        }

        return recognized.Confidence < confirmBelow ? IntentDecision.Ask : IntentDecision.Act;
    }

    public static string ToWireName(this IntentDecision decision) => decision switch
    {
        IntentDecision.Act => "act",
        IntentDecision.Ask => "ask",
        _ => "answer",
    };
}
