namespace ReformBot.Channels.BotFramework;

/// <summary>How the bot's Entra app registration is set up; decides where outbound tokens come from.</summary>
public enum BotAppType
{
    MultiTenant,
    SingleTenant,
}
