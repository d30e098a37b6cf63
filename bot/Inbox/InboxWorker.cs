using Microsoft.Extensions.Options;

namespace ReformBot.Inbox;

/// <summary>
/// Takes due items from the inbox table (this instance's and any other's) and handles them, up to
/// <see cref="InboxOptions.Workers"/> at once. Woken by <see cref="InboxSignal"/> when an item is stored here,
/// otherwise every <see cref="InboxOptions.PollInterval"/>. On stop it takes nothing new and lets the items in hand
/// finish (within the host's shutdown timeout); the rest stay pending for the next start or another instance.
/// </summary>
internal sealed partial class InboxWorker(
    IServiceScopeFactory scopes,
    InboxRunner runner,
    InboxSignal signal,
    InboxWorkerStatus status,
    IOptions<InboxOptions> options,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<InboxWorker> logger) : BackgroundService
{
    private static readonly TimeSpan PruneEvery = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        // Nothing new is taken from the moment the host starts stopping (SIGTERM), even before this service is stopped.
        using var stopOrShutdown = CancellationTokenSource.CreateLinkedTokenSource(stopping, lifetime.ApplicationStopping);
        var stoppingToken = stopOrShutdown.Token;
        await Task.Yield();
        status.IsRunning = true;
        var nextPrune = DateTimeOffset.MinValue;

        // In hand: finished even when the host stops meanwhile (its shutdown timeout is the limit). A finished item
        // frees its slot at once and wakes the loop, so the slots stay full and the next item of its conversation
        // (which had to wait behind it) is taken without waiting for the rest of a batch.
        var running = new List<Task>();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                running.RemoveAll(t => t.IsCompleted);
                var free = options.Value.Workers - running.Count;
                IReadOnlyList<InboxClaim> claimed = [];
                if (free > 0)
                {
                    try
                    {
                        await using var scope = scopes.CreateAsyncScope();
                        var store = scope.ServiceProvider.GetRequiredService<InboxStore>();
                        if (time.GetUtcNow() >= nextPrune)
                        {
                            var pruned = await store.PruneAsync(stoppingToken);
                            nextPrune = time.GetUtcNow() + PruneEvery;
                            if (pruned > 0)
                            {
                                LogPruned(logger, pruned);
                            }
                        }

                        claimed = await store.ClaimDueAsync(free, stoppingToken);
                    }
                    catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                    {
                        break;
                    }
#pragma warning disable CA1031 // The database may be briefly unavailable; the worker waits for the next round.
                    catch (Exception e)
#pragma warning restore CA1031
                    {
                        LogClaimFailed(logger, e);
                    }
                }

                running.AddRange(claimed.Select(RunAsync));
                if (free > 0 && claimed.Count == free)
                {
                    continue;
                }

                try
                {
                    await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
                }
                catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
                {
                    break;
                }
            }
        }
        finally
        {
            await Task.WhenAll(running);
            status.IsRunning = false;
        }
    }

    private async Task RunAsync(InboxClaim claim)
    {
        await Task.Yield();
        await runner.ProcessAsync(claim, CancellationToken.None);
        signal.Raise();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not take inbox items; trying again at the next round")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} handled inbox items")]
    private static partial void LogPruned(ILogger logger, int count);
}
