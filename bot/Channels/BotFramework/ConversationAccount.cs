using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>The <c>conversation</c> of an activity: personal (<c>a:…</c>), group chat or channel (<c>19:…</c>).</summary>
internal sealed record ConversationAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? ConversationType { get; init; }
    public string? TenantId { get; init; }
    public bool? IsGroup { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }

    /// <summary>A group chat or a channel: the bot must not talk about one person's tasks there.</summary>
    [JsonIgnore]
    public bool IsShared => IsGroup == true || ConversationType is "groupChat" or "channel";
}
