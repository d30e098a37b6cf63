namespace ReformBot.Channels.Zalo;

/// <summary>
/// Handles queued webhook events one at a time (so one person's messages are answered in order), each in its own DI
/// scope. A failure is logged and the next event goes on.
/// </summary>
public sealed partial class ZaloInboxWorker(ZaloInbox inbox, IServiceScopeFactory scopes, ILogger<ZaloInboxWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var item in inbox.ReadAllAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                if (item.Source == ZaloInboxSource.Bot)
                {
                    await scope.ServiceProvider.GetRequiredService<ZaloBotUpdateProcessor>().ProcessAsync(item, stoppingToken);
                }
                else
                {
                    await scope.ServiceProvider.GetRequiredService<ZaloOaEventProcessor>().ProcessAsync(item, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One bad event must not stop the worker; it is logged with its cause.
            catch (Exception e)
#pragma warning restore CA1031
            {
                LogFailed(logger, e, item.Source);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A Zalo {Source} webhook event could not be handled")]
    private static partial void LogFailed(ILogger logger, Exception exception, ZaloInboxSource source);
}
