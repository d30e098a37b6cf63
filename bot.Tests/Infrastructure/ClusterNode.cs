using Microsoft.Extensions.DependencyInjection;

namespace ReformBot.Tests.Infrastructure;

/// <summary>
/// One instance of a <see cref="TestCluster"/>. <see cref="CrashAfterSend"/> makes it die the way a killed process does:
/// the chosen message reaches the connector, and nothing after that send happens on this node.
/// </summary>
public sealed class ClusterNode(string nodeId) : IAsyncDisposable
{
    private readonly CancellationTokenSource life = new();
    private readonly TaskCompletionSource crashed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int sends;
    private int crashAt = int.MaxValue;
    private bool disposed;

    public string NodeId { get; } = nodeId;

    public ReformBotFactory Factory { get; private set; } = null!;

    /// <summary>Cancelled when the node dies: everything it runs for the test runs under this token.</summary>
    public CancellationToken Life => life.Token;

    /// <summary>Completes when the node has died (its <see cref="CrashAfterSend"/> send went out).</summary>
    public Task Crashed => crashed.Task;

    /// <summary>The path of the send the node died with (the message in flight), once it has died.</summary>
    public string? InFlightPath { get; private set; }

    public T Service<T>()
        where T : notnull => Factory.Services.GetRequiredService<T>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    /// <summary>After its <paramref name="count"/>-th proactive send reached the connector, the node dies.</summary>
    public void CrashAfterSend(int count) => crashAt = count;

    /// <summary>Runs <paramref name="work"/> until it finishes or the node dies; false when the node died first.</summary>
    public async Task<bool> RunAsync(Func<CancellationToken, Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            await work(life.Token);
            return true;
        }
        catch (OperationCanceledException) when (life.IsCancellationRequested)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        await life.CancelAsync();
        await Factory.DisposeAsync();
        life.Dispose();
    }

    internal void Start(ReformBotFactory factory)
    {
        Factory = factory;
        _ = factory.Services;
    }

    /// <summary>Counts a send that has reached the connector; true when the node dies with it.</summary>
    internal bool CountSend(string path)
    {
        if (Interlocked.Increment(ref sends) != crashAt)
        {
            return false;
        }

        InFlightPath = path;
        life.Cancel();
        crashed.TrySetResult();
        return true;
    }
}
