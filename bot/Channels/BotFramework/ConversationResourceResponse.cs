namespace ReformBot.Channels.BotFramework;

/// <summary>What <c>POST v3/conversations</c> answers: the conversation (<c>a:…</c> in Teams) and maybe a serviceUrl.</summary>
internal sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
