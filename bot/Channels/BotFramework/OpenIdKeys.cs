using Microsoft.IdentityModel.Tokens;

namespace ReformBot.Channels.BotFramework;

/// <summary>The signing keys one metadata document points at, with each key's endorsements (channel ids) by <c>kid</c>.</summary>
internal sealed record OpenIdKeys(
    IReadOnlyList<SecurityKey> Keys,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Endorsements,
    DateTimeOffset FetchedAt)
{
    public bool HasKey(string? kid) => kid is not null && Keys.Any(k => k.KeyId == kid);
}
