namespace ReformBot.Conversation.Recognition;

/// <summary>Trains the intent model while the service starts, so the first message does not wait for it.</summary>
internal sealed partial class IntentModelWarmUp(ILogger<IntentModelWarmUp> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var model = IntentModel.Shared;
        LogTrained(logger, model.Examples, model.TrainingTime.TotalMilliseconds);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Intent model trained on {Examples} examples in {Milliseconds:0} ms")]
    private static partial void LogTrained(ILogger logger, int examples, double milliseconds);
}
