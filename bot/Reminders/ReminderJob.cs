using Quartz;

namespace ReformBot.Reminders;

/// <summary>
/// The one Quartz job: on a short cadence it plans every reminder that has come due and runs the one outbox sender
/// (Delivery's <see cref="Delivery.OutboxSender"/>: reminders, broadcasts, notices and reports alike), so the cluster
/// lock and the claims cover everything the bot sends. The planner
/// computes due times from the plans each time, so a plan revision needs no rescheduling of triggers.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReminderJob(ReminderCycle cycle, ILogger<ReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("reminders", "reformbot");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await cycle.RunAsync(cancellationToken);
        if (result.Planned + result.Delivered + result.Failed > 0)
        {
            LogCycle(logger, result.Planned, result.Delivered, result.Failed);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder cycle: {Planned} planned, {Delivered} delivered, {Failed} failed attempts")]
    private static partial void LogCycle(ILogger logger, int planned, int delivered, int failed);
}
