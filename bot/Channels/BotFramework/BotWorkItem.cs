using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>Work left over after the HTTP answer: the activity it came from, what to ask, and for invokes the running answer.</summary>
internal sealed record BotWorkItem(BotWorkKind Kind, Activity Activity, IncomingMessage Message, Task<ConversationReply>? Pending = null);
