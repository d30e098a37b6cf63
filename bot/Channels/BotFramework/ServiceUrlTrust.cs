using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Which serviceUrls may receive the bot's token: those learned from authenticated activities (also from stored
/// references, which only authenticated activities write) and the configured ones (Teams hosts by default).
/// Without an app id no token is sent, and only loopback or configured serviceUrls are called at all.
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

    /// <summary>
    /// Without an app id anyone can post an activity, so replies go only to this machine (Emulator, offline-directline)
    /// or to explicitly configured serviceUrls: a forgotten app id must not make the bot post wherever it is told.
    /// </summary>
    public bool IsAllowedWithoutAuthentication(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        var url = serviceUrl.AbsoluteUri;
        return serviceUrl.IsLoopback || options.Value.TrustedServiceUrls.Any(t => url.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }
}
