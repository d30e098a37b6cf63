namespace ReformBot.Channels.BotFramework;

internal enum BotWorkKind
{
    /// <summary>Ask the conversation and send its reply.</summary>
    Message,

    /// <summary>Ask the conversation for a welcome and send it.</summary>
    Welcome,

    /// <summary>An invoke answered "still working": wait for the conversation, then update the card and send.</summary>
    PendingInvoke,
}
