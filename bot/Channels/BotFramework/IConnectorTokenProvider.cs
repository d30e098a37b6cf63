namespace ReformBot.Channels.BotFramework;

/// <summary>The bearer token for calls to the connector; null when the bot runs without an app id.</summary>
internal interface IConnectorTokenProvider
{
    Task<string?> GetTokenAsync(CancellationToken cancellationToken);
}
