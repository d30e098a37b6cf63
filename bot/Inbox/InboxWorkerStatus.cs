namespace ReformBot.Inbox;

/// <summary>Whether this instance's <see cref="InboxWorker"/> is running, for <c>/healthz</c>.</summary>
internal sealed class InboxWorkerStatus
{
    private volatile bool running;

    public bool IsRunning
    {
        get => running;
        set => running = value;
    }
}
