using Microsoft.Extensions.Options;

namespace ReformBot.Broadcasts;

/// <summary>Looks for due broadcast messages on a short period and sends them.</summary>
internal sealed partial class BroadcastWorker(
    IServiceScopeFactory scopes, IOptions<BroadcastOptions> options, TimeProvider time, ILogger<BroadcastWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<BroadcastDelivery>().DeliverDueAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One bad round (database busy, a channel throwing) must not stop later rounds.
                LogRoundFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A broadcast delivery round failed")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
