namespace ReformBot.Broadcasts;

public enum RecipientState
{
    Pending,
    Sent,

    /// <summary>Every channel said no (no conversation, outside Zalo's window...).</summary>
    Unreachable,

    /// <summary>Channels kept failing until the attempts ran out.</summary>
    Failed,

    /// <summary>The person has never linked a chat account: nothing could be tried.</summary>
    NeverLinked,
}
