namespace ReformBot.Channels.BotFramework;

public enum ProactiveSendStatus
{
    /// <summary>The connector accepted the message.</summary>
    Sent,

    /// <summary>No chat account of the officer has a conversation we can reach (they never wrote, and no Teams chat can be created).</summary>
    NoReference,

    /// <summary>Every known conversation is gone (bot removed, conversation deleted) and none could be created.</summary>
    Stale,

    /// <summary>The connector refused or could not be reached; see the error.</summary>
    Failed,

    /// <summary>The connector was busy (429, 5xx) beyond what one call waits for: try again later, after <see cref="ProactiveSendResult.RetryAfter"/> when given.</summary>
    Busy,
}
