namespace ReformBot.Channels.BotFramework;

/// <summary>Quick replies under a message (Teams shows at most three, and none on a message with attachments).</summary>
internal sealed record SuggestedActions(IReadOnlyList<ActivityCardAction> Actions);
