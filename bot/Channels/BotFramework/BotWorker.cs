using ReformBot.Conversation;
using ReformBot.Delivery;

namespace ReformBot.Channels.BotFramework;

/// <summary>Hosted readers of <see cref="BotWorkQueue"/>, one per lane, each item in its own scope.</summary>
internal sealed partial class BotWorker(
    BotWorkQueue queue, IServiceScopeFactory scopes, ILogger<BotWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, queue.Lanes).Select(lane => ReadAsync(lane, stoppingToken)));

    private async Task ReadAsync(int lane, CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.Reader(lane).ReadAllAsync(stoppingToken))
            {
                await ProcessAsync(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task ProcessAsync(BotWorkItem item, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sender = scope.ServiceProvider.GetRequiredService<BotReplySender>();
        ConversationReply reply;
        try
        {
            if (item.Kind is BotWorkKind.Message or BotWorkKind.Welcome)
            {
                await scope.ServiceProvider.GetRequiredService<TeamsEmailMatcher>().MatchAsync(item.Activity, cancellationToken);
            }

            var conversation = scope.ServiceProvider.GetRequiredService<IConversationHandler>();
            reply = item.Kind switch
            {
                BotWorkKind.Welcome => await conversation.WelcomeAsync(item.Message, cancellationToken),
                BotWorkKind.PendingInvoke => await item.Pending!,
                _ => await conversation.HandleAsync(item.Message, cancellationToken),
            };
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogHandlerFailed(logger, e, item.Kind, item.Activity.Id);
            reply = ConversationReply.WithText(BotFrameworkTexts.Error);
        }

        try
        {
            await sender.SendAsync(item.Activity, reply, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(logger, e, item.Activity.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The conversation failed on {Kind} activity {ActivityId}")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, BotWorkKind kind, string? activityId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not send the reply to activity {ActivityId}")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string? activityId);
}
