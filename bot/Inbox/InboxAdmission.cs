using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ReformBot.Inbox;

/// <summary>
/// Bounds this instance's backlog: at most <see cref="InboxOptions.Capacity"/> events stored by its webhooks and not
/// yet handled. When full, a webhook waits up to <see cref="InboxOptions.AdmissionWait"/> for room (so a burst slows
/// the senders a little instead of failing them), then is refused with 503 and <c>Retry-After</c>, storing nothing:
/// under overload the answer stays quick instead of the backlog, and every reply's wait, growing without end.
/// </summary>
internal sealed class InboxAdmission(IOptions<InboxOptions> options, TimeProvider time) : IDisposable
{
    private readonly SemaphoreSlim slots = new(options.Value.Capacity, options.Value.Capacity);
    private readonly ConcurrentDictionary<long, DateTimeOffset> held = new();

    /// <summary>Takes a slot for one event to be stored, or false when there is no room in time.</summary>
    public async Task<bool> EnterAsync(CancellationToken cancellationToken)
    {
        if (slots.Wait(0, CancellationToken.None))
        {
            return true;
        }

        ReleaseForgotten();
        return await slots.WaitAsync(options.Value.AdmissionWait, cancellationToken);
    }

    /// <summary>The slot now belongs to the stored item <paramref name="id"/> until <see cref="Finished"/>.</summary>
    public void Hold(long id) => held[id] = time.GetUtcNow();

    /// <summary>Gives back a slot that stored nothing (a repeat, or a failure).</summary>
    public void Leave() => slots.Release();

    /// <summary>The worker is done with the item (handled, or waiting for a later attempt): its slot is free.</summary>
    public void Finished(long id)
    {
        if (held.TryRemove(id, out _))
        {
            slots.Release();
        }
    }

    public void Dispose() => slots.Dispose();

    /// <summary>An item another instance took over never finishes here: its slot is freed once a lease would have run out.</summary>
    private void ReleaseForgotten()
    {
        var before = time.GetUtcNow() - options.Value.LeaseFor;
        foreach (var (id, at) in held)
        {
            if (at < before)
            {
                Finished(id);
            }
        }
    }
}
