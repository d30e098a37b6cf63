namespace ReformBot.Delivery;

/// <summary>
/// The due rows of one send round, shared by its concurrent lanes (<c>Delivery:Senders</c>): read a batch at a time
/// instead of once per row, shuffled so that instances reading the same batch seldom reach for the same row, and handed
/// out so that no two lanes of this instance work on one row or on one person at once (a person's rows absorb each
/// other's reminders and notices). Whether a lane may send a row is still decided by its claim in the database.
/// </summary>
internal sealed class SendQueue : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly Queue<(long Id, string OfficerId)> queue = new();
    private readonly HashSet<long> handedOut = [];
    private readonly HashSet<string> busy = new(StringComparer.Ordinal);
    private bool exhausted;

    /// <summary>
    /// The next row for a lane to claim, its person now busy; null when this round has none left for the lane.
    /// <paramref name="fetch"/> reads the next batch with the calling lane's own database context.
    /// </summary>
    public async Task<(long Id, string OfficerId)?> NextAsync(
        Func<CancellationToken, Task<IReadOnlyList<(long Id, string OfficerId)>>> fetch, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var fetched = false; ; fetched = true)
            {
                while (queue.TryDequeue(out var row))
                {
                    if (!handedOut.Contains(row.Id) && busy.Add(row.OfficerId))
                    {
                        handedOut.Add(row.Id);
                        return row;
                    }
                }

                // One read per empty queue; a batch of only busy people's rows ends the lane (the next pass takes them).
                if (fetched || exhausted)
                {
                    return null;
                }

                await ReadAsync(fetch, cancellationToken);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Reads the first batch: how many rows are ready (none: the round has nothing to send, no lane is started).</summary>
    public async Task<int> FillAsync(Func<CancellationToken, Task<IReadOnlyList<(long Id, string OfficerId)>>> fetch, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await ReadAsync(fetch, cancellationToken);
            return queue.Count;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task ReadAsync(Func<CancellationToken, Task<IReadOnlyList<(long Id, string OfficerId)>>> fetch, CancellationToken cancellationToken)
    {
        var rows = (await fetch(cancellationToken)).Where(r => !handedOut.Contains(r.Id)).ToArray();
        Random.Shared.Shuffle(rows);
        exhausted = rows.Length == 0;
        foreach (var row in rows)
        {
            queue.Enqueue(row);
        }
    }

    /// <summary>The lane is done with <paramref name="officerId"/>'s row: the person's other rows may be handed out.</summary>
    public async Task DoneAsync(string officerId)
    {
        await gate.WaitAsync();
        try
        {
            busy.Remove(officerId);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
