namespace ReformBot.Inbox;

/// <summary>Wakes this instance's <see cref="InboxWorker"/> as soon as an item is stored or released, so it need not wait for the poll.</summary>
internal sealed class InboxSignal : IDisposable
{
    private readonly SemaphoreSlim wake = new(0, 1);

    public void Raise()
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

    /// <summary>Waits for <see cref="Raise"/> or the poll interval, whichever comes first.</summary>
    public Task WaitAsync(TimeSpan poll, CancellationToken cancellationToken) => wake.WaitAsync(poll, cancellationToken);

    public void Dispose() => wake.Dispose();
}
