namespace ReformBot.Tests.Channels.BotFramework;

/// <summary>One request a loopback server received: <see cref="RawTarget"/> is the path and query exactly as sent.</summary>
public sealed record RecordedRequest(string Method, string Path, string RawTarget, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}
