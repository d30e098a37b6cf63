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
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                IReadOnlyList<InboxClaim> claimed = [];
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

                    claimed = await store.ClaimDueAsync(options.Value.Workers, stoppingToken);
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

                if (claimed.Count > 0)
                {
                    // In hand: finished even when the host stops meanwhile (its shutdown timeout is the limit).
                    await Task.WhenAll(claimed.Select(c => runner.ProcessAsync(c, CancellationToken.None)));
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
            status.IsRunning = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not take inbox items; trying again at the next round")]
    private static partial void LogClaimFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} handled inbox items")]
    private static partial void LogPruned(ILogger logger, int count);
}
