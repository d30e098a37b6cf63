namespace ReformBot.Inbox;

/// <summary>
/// Items this instance's webhooks stored already held (born with a lease), handed to <see cref="InboxWorker"/> in
/// memory: no claim, no poll and no re-read of the row. One conversation's items are given out one at a time, in id
/// order; the worker still checks the table for an earlier pending item of the conversation (another instance's, or
/// one waiting for a retry) before handling, so the order holds across instances too.
/// </summary>
internal sealed class InboxHandoff(InboxSignal signal)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<InboxItem>> waiting = new(StringComparer.Ordinal);
    private readonly HashSet<string> busy = new(StringComparer.Ordinal);
    private readonly Queue<string> ready = new();
    private bool open;

    /// <summary>True while the worker takes handed items; otherwise webhooks store items unheld, for the table's poll.</summary>
    public bool IsOpen => Volatile.Read(ref open);

    /// <summary>The worker runs: items may be handed to it.</summary>
    public void Open()
    {
        lock (gate)
        {
            open = true;
        }
    }

    /// <summary>A stored, held item for the workers; false when the worker has stopped (the caller gives the lease up).</summary>
    public bool Post(InboxItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (gate)
        {
            if (!open)
            {
                return false;
            }

            if (!waiting.TryGetValue(item.ConversationKey, out var items))
            {
                items = [];
                waiting[item.ConversationKey] = items;
                if (!busy.Contains(item.ConversationKey))
                {
                    ready.Enqueue(item.ConversationKey);
                }
            }

            var at = items.FindIndex(i => i.Id > item.Id);
            items.Insert(at < 0 ? items.Count : at, item);
        }

        signal.Wake();
        return true;
    }

    /// <summary>The earliest item of a conversation none of whose items is in hand; its conversation is busy until <see cref="Done"/>.</summary>
    public bool TryTake(out InboxItem item)
    {
        lock (gate)
        {
            while (ready.TryDequeue(out var key))
            {
                if (waiting.TryGetValue(key, out var items) && items.Count > 0)
                {
                    item = items[0];
                    items.RemoveAt(0);
                    if (items.Count == 0)
                    {
                        waiting.Remove(key);
                    }

                    busy.Add(key);
                    return true;
                }
            }
        }

        item = null!;
        return false;
    }

    /// <summary>The item taken for this conversation is finished: its next one may go.</summary>
    public void Done(string conversationKey)
    {
        lock (gate)
        {
            busy.Remove(conversationKey);
            if (waiting.ContainsKey(conversationKey))
            {
                ready.Enqueue(conversationKey);
            }
        }

        signal.Wake();
    }

    /// <summary>Closes the handoff (the worker stops) and returns what was not taken: the caller gives their leases up for the next host.</summary>
    public IReadOnlyList<InboxItem> Close()
    {
        lock (gate)
        {
            open = false;
            var all = waiting.Values.SelectMany(i => i).OrderBy(i => i.Id).ToList();
            waiting.Clear();
            ready.Clear();
            return all;
        }
    }
}
