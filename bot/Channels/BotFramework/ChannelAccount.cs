using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReformBot.Channels.BotFramework;

/// <summary>A user or bot on a channel (<c>from</c>, <c>recipient</c>, members); Teams adds e-mail, UPN and more, kept in <see cref="Extra"/>.</summary>
internal sealed record ChannelAccount
{
    public string? Id { get; init; }
    public string? Name { get; init; }
    public string? AadObjectId { get; init; }
    public string? Role { get; init; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; init; }
}
