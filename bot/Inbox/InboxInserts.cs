using Microsoft.EntityFrameworkCore;
using ReformBot.Storage;

namespace ReformBot.Inbox;

/// <summary>
/// Group commit of the webhooks' inbox rows: the rows of every request that arrives while one batch is being written
/// go together in the next one (one transaction, one commit), and each request gets its answer once its batch has
/// committed. One writer at a time instead of one per request, so requests wait asynchronously here rather than
/// each holding a thread blocked in SQLite's busy handler for the database's one write lock.
/// </summary>
internal sealed class InboxInserts(IServiceScopeFactory scopes)
{
    private const int MaxBatch = 256;
    private readonly Lock gate = new();
    private List<Waiting> queue = [];
    private bool writing;

    /// <summary>Stores a row and completes with it (its id set) once committed; null when its channel and key were already stored.</summary>
    public Task<InboxItem?> InsertAsync(InboxEntry entry, DateTimeOffset? leaseUntil)
    {
        var waiting = new Waiting(entry, leaseUntil, new TaskCompletionSource<InboxItem?>(TaskCreationOptions.RunContinuationsAsynchronously));
        bool start;
        lock (gate)
        {
            queue.Add(waiting);
            start = !writing;
            writing = true;
        }

        if (start)
        {
            _ = Task.Run(WriteAsync);
        }

        return waiting.Stored.Task;
    }

    private async Task WriteAsync()
    {
        while (true)
        {
            List<Waiting> batch;
            lock (gate)
            {
                if (queue.Count == 0)
                {
                    writing = false;
                    return;
                }

                batch = queue.Count <= MaxBatch ? queue : queue[..MaxBatch];
                queue = queue.Count <= MaxBatch ? [] : queue[MaxBatch..];
            }

            if (batch.Count == 1 || !await TryAllAsync(batch))
            {
                // One row, or a batch that failed (a repeat that raced its first copy): each alone, so one row decides only its own answer.
                foreach (var waiting in batch)
                {
                    await OneAsync(waiting);
                }
            }
        }
    }

    private async Task<bool> TryAllAsync(List<Waiting> batch)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            var items = batch.Select(w => new InboxItem(w.Entry, w.LeaseUntil)).ToList();
            db.InboxItems.AddRange(items);
            await db.SaveChangesAsync(CancellationToken.None);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Stored.TrySetResult(items[i]);
            }
        }
#pragma warning disable CA1031 // Whatever failed is found out row by row, and told to that row's request.
        catch (Exception)
#pragma warning restore CA1031
        {
            return false;
        }

        return true;
    }

    private async Task OneAsync(Waiting waiting)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            var item = new InboxItem(waiting.Entry, waiting.LeaseUntil);
            db.InboxItems.Add(item);
            await db.SaveChangesAsync(CancellationToken.None);
            waiting.Stored.TrySetResult(item);
        }
        catch (DbUpdateException)
        {
            // The unique key kept an earlier copy; the caller finds it.
            waiting.Stored.TrySetResult(null);
        }
#pragma warning disable CA1031 // Told to the request, which fails as a lone insert would have.
        catch (Exception e)
#pragma warning restore CA1031
        {
            waiting.Stored.TrySetException(e);
        }
    }

    private sealed record Waiting(InboxEntry Entry, DateTimeOffset? LeaseUntil, TaskCompletionSource<InboxItem?> Stored);
}
