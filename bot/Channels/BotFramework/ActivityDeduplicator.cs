using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// Remembers activity ids for <see cref="BotOptions.DuplicateWindow"/>: Teams re-sends an activity it thinks timed
/// out, with the same id, and the second copy must not be answered twice. In memory, per instance.
/// </summary>
internal sealed class ActivityDeduplicator(IOptions<BotOptions> options, TimeProvider time)
{
    private const int SweepThreshold = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    /// <summary>True the first time an id is seen within the window; activities without an id are always new.</summary>
    public bool IsFirst(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.Id))
        {
            return true;
        }

        var now = time.GetUtcNow();
        var window = options.Value.DuplicateWindow;
        if (seen.Count > SweepThreshold)
        {
            foreach (var (id, at) in seen)
            {
                if (now - at >= window)
                {
                    seen.TryRemove(id, out _);
                }
            }
        }

        var key = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        var first = true;
        seen.AddOrUpdate(
            key,
            now,
            (_, at) =>
            {
                first = now - at >= window;
                return first ? now : at;
            });
        return first;
    }
}
