using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Which serviceUrls may receive the bot's token: those learned from authenticated activities (also from stored
/// references, which only authenticated activities write) and the configured ones (Teams hosts by default).
/// </summary>
internal sealed class ServiceUrlTrust(IOptions<BotOptions> options)
{
    private readonly ConcurrentDictionary<string, byte> learned = new(StringComparer.OrdinalIgnoreCase);

    public void Trust(string serviceUrl)
    {
        if (Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri))
        {
            learned.TryAdd(uri.GetLeftPart(UriPartial.Authority), 0);
        }
    }

    public bool IsTrusted(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (learned.ContainsKey(serviceUrl.GetLeftPart(UriPartial.Authority)))
        {
            return true;
        }

        var url = serviceUrl.AbsoluteUri;
        return options.Value.EffectiveTrustedServiceUrls.Any(t => url.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }
}
