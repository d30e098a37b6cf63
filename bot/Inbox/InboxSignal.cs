namespace ReformBot.Inbox;

/// <summary>
/// Wakes this instance's <see cref="InboxWorker"/>: <see cref="Raise"/> when an item is stored unheld or released (the
/// worker then looks in the table at once instead of waiting for the poll), <see cref="Wake"/> when an item is handed to
/// it in memory or one in hand finishes (no table look-up needed).
/// </summary>
internal sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);
    private int stored;

    public void Raise()
    {
        Volatile.Write(ref stored, 1);
        Wake();
    }

    public void Wake()
    {
        try
        {
            wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already raised: one wake-up covers every item stored meanwhile.
        }
    }

    /// <summary>True (once) when <see cref="Raise"/> was called since the last time.</summary>
    public bool TakeStored() => Interlocked.Exchange(ref stored, 0) == 1;

    /// <summary>Waits for <see cref="Raise"/>, <see cref="Wake"/> or the timeout, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => wake.WaitAsync(timeout, cancellationToken);

    public void Dispose() => wake.Dispose();
}
