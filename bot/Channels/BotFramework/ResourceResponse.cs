namespace ReformBot.Channels.BotFramework;

/// <summary>What the connector answers to a send: the new activity's id (offline-directline answers nothing).</summary>
internal sealed record ResourceResponse(string? Id);
