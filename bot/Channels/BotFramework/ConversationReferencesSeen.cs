using System.Collections.Concurrent;
using System.Diagnostics;

namespace ReformBot.Channels.BotFramework;

/// <summary>
/// The references this instance last found stored as an activity gave them, so the next activities of the same person
/// (every turn) need not read the row again: written anyway once <see cref="ConversationReferenceStore.RefreshAfter"/>
/// has passed, and read again after <see cref="CheckEvery"/> (another instance may have marked the row stale).
/// </summary>
internal sealed class ConversationReferencesSeen
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Channel, string Account), Seen> seen = new();

    /// <summary>True when <paramref name="reference"/> would change nothing stored but its time and last activity id.</summary>
    public bool IsStored(ConversationReference reference) =>
        seen.TryGetValue((reference.ChannelId, reference.AccountId), out var known)
        && Stopwatch.GetElapsedTime(known.CheckedAt) < CheckEvery
        && reference.UpdatedAt - known.StoredAt < ConversationReferenceStore.RefreshAfter
        && known.Reference == reference with { UpdatedAt = known.Reference.UpdatedAt, LastActivityId = known.Reference.LastActivityId };

    /// <summary>The row now holds what <paramref name="reference"/> says, written at <paramref name="storedAt"/>.</summary>
    public void Stored(ConversationReference reference, DateTimeOffset storedAt) =>
        seen[(reference.ChannelId, reference.AccountId)] = new Seen(reference, storedAt, Stopwatch.GetTimestamp());

    public void Forget(string channelId, string accountId) => seen.TryRemove((channelId, accountId), out _);

    private sealed record Seen(ConversationReference Reference, DateTimeOffset StoredAt, long CheckedAt);
}
