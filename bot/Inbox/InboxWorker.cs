using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ReformBot.Inbox;

/// <summary>
/// Handles the items this instance's webhooks hand over (<see cref="InboxHandoff"/>) and takes due items from the
/// inbox table (any instance's, retries, released replies), up to <see cref="InboxOptions.Workers"/> at once. The table
/// is looked at when <see cref="InboxSignal.Raise"/> says something was stored or released there, otherwise every
/// <see cref="InboxOptions.PollInterval"/>. On stop it takes nothing new, lets the items in hand finish (within the
/// host's shutdown timeout) and gives up its hold on the handed items not begun; they stay pending for the next start
/// or another instance.
/// </summary>
internal sealed partial class InboxWorker(
    IServiceScopeFactory scopes,
    InboxRunner runner,
    InboxSignal signal,
    InboxHandoff handoff,
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
        handoff.Open();
        var nextPrune = DateTimeOffset.MinValue;
        // The poll runs on the real clock (a test clock may stand still); the items' times are on the service's clock.
        var lastPoll = (long?)null;

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
                while (free > 0 && handoff.TryTake(out var held))
                {
                    running.Add(RunHeldAsync(held));
                    free--;
                }

                IReadOnlyList<InboxClaim> claimed = [];
                if (free > 0 && (signal.TakeStored() || lastPoll is not { } last || Stopwatch.GetElapsedTime(last) >= options.Value.PollInterval))
                {
                    lastPoll = Stopwatch.GetTimestamp();
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
                    // There may be more due in the table: look again as soon as a slot is free.
                    lastPoll = null;
                    continue;
                }

                try
                {
                    // All slots busy: a finishing item wakes the loop. Otherwise the next look at the table is due by then.
                    var untilPoll = free == 0 || lastPoll is not { } polled ? options.Value.PollInterval : options.Value.PollInterval - Stopwatch.GetElapsedTime(polled);
                    await signal.WaitAsync(untilPoll < TimeSpan.Zero ? TimeSpan.Zero : untilPoll, stoppingToken);
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
            await GiveUpAsync(handoff.Close());
            status.IsRunning = false;
        }
    }

    private async Task RunHeldAsync(InboxItem held)
    {
        await Task.Yield();
        try
        {
            await runner.ProcessAsync(new InboxClaim(held.Id, InboxState.Pending, held.LeaseUntil!.Value), CancellationToken.None, held);
        }
        finally
        {
            handoff.Done(held.ConversationKey);
        }
    }

    /// <summary>Handed items not begun when the worker stops: their hold is given up so the next host takes them at once.</summary>
    private async Task GiveUpAsync(IReadOnlyList<InboxItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var store = scope.ServiceProvider.GetRequiredService<InboxStore>();
            foreach (var item in items)
            {
                await store.UnleaseAsync(item.Id, item.LeaseUntil!.Value, CancellationToken.None);
            }
        }
#pragma warning disable CA1031 // Best effort on the way out: a hold not given up runs out after Inbox:LeaseFor.
        catch (Exception e)
#pragma warning restore CA1031
        {
            LogClaimFailed(logger, e);
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
