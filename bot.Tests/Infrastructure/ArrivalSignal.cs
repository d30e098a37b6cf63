namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// Pulsed by a fake server on every request it records, so a test waiting for requests wakes when one arrives
/// instead of on a timer.
/// </summary>
public sealed class ArrivalSignal
{
    private readonly Lock gate = new();
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Pulse()
    {
        TaskCompletionSource arrived;
        lock (gate)
        {
            arrived = next;
            next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        arrived.TrySetResult();
    }

    /// <summary>Returns what <paramref name="probe"/> finds, re-probing after each arrival; fails after <paramref name="limit"/>.</summary>
    public async Task<T> WaitForAsync<T>(Func<T?> probe, TimeSpan limit, Func<string> failure)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(failure);
        using var expiry = new CancellationTokenSource(limit);
        while (true)
        {
            // Taken before probing, so an arrival between the probe and the wait is not missed.
            Task arrival;
            lock (gate)
            {
                arrival = next.Task;
            }

            if (probe() is { } found)
            {
                return found;
            }

            try
            {
                await arrival.WaitAsync(expiry.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException(failure());
            }
        }
    }
}
