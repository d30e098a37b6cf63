namespace ReformBot.Conversation.Recognition;

/// <summary>One labelled line of the intent corpus: the text, its intent, the slots it pins ("taskRef=2.a; percent=70") and whether it is held out.</summary>
internal sealed record IntentExample(string Text, IntentKind Intent, string Slots, bool HeldOut);
