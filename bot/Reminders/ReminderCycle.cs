using Microsoft.EntityFrameworkCore;
using ReformBot.Delivery;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Plans what has come due and sends the outbox, one cycle at a time in this process (the Quartz job and the test clock
/// share it); across instances the job store's cluster lock and the dedupe keys keep cycles apart.
/// </summary>
public sealed partial class ReminderCycle(IServiceScopeFactory scopes, TimeProvider time, ILogger<ReminderCycle> logger) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task<ReminderCycleResult> RunAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await RunOnceAsync(cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Moves a test clock to <paramref name="target"/> through every moment in between when a reminder falls due or a
    /// retry is waiting, running a cycle at each as the running service would have, so each reminder goes out on its
    /// own day rather than collapsed as after downtime. <paramref name="moveClock"/> moves the clock forward.
    /// </summary>
    public async Task<ReminderCycleResult> RunThroughAsync(DateTimeOffset target, Action<DateTimeOffset> moveClock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moveClock);
        await gate.WaitAsync(cancellationToken);
        try
        {
            // The first cycle of a new database only sets where planning starts; it must not swallow the first moment.
            var first = await RunOnceAsync(cancellationToken);
            int planned = first.Planned, delivered = first.Delivered, failed = first.Failed;
            foreach (var moment in await MomentsAsync(target, cancellationToken))
            {
                moveClock(moment);
                var step = await RunOnceAsync(cancellationToken);
                (planned, delivered, failed) = (planned + step.Planned, delivered + step.Delivered, failed + step.Failed);
            }

            moveClock(target);
            var last = await RunOnceAsync(cancellationToken);
            return new ReminderCycleResult(time.GetUtcNow(), planned + last.Planned, delivered + last.Delivered, failed + last.Failed);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<ReminderCycleResult> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var started = time.GetTimestamp();
        var planned = await scope.ServiceProvider.GetRequiredService<ReminderPlanning>().PlanDueAsync(cancellationToken);
        var planning = time.GetElapsedTime(started);
        var round = await scope.ServiceProvider.GetRequiredService<OutboxSender>().SendDueAsync(cancellationToken);
        var sending = time.GetElapsedTime(started) - planning;
        LogRound(logger, planning.TotalMilliseconds, sending.TotalMilliseconds, planned, round.Delivered);
        return new ReminderCycleResult(time.GetUtcNow(), planned, round.Delivered, round.Failed);
    }

    // The round's own cost (the bench reads it for the idle round), apart from whatever called it.
    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder round: planning {PlanningMs:0.0} ms, sending {SendingMs:0.0} ms ({Planned} planned, {Delivered} delivered)")]
    private static partial void LogRound(ILogger logger, double planningMs, double sendingMs, int planned, int delivered);

    private async Task<IReadOnlyList<DateTimeOffset>> MomentsAsync(DateTimeOffset target, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var planning = scope.ServiceProvider.GetRequiredService<ReminderPlanning>();
        var now = time.GetUtcNow();
        var from = await planning.PlannedUpToAsync(cancellationToken) ?? now;
        var moments = new SortedSet<DateTimeOffset>();
        foreach (var reminder in await planning.DueAsync(from, target, cancellationToken))
        {
            moments.Add(reminder.DueAt);
        }

        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        var waiting = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.State == OutboxState.Pending)
            .Select(m => new { m.NotBefore, m.NextAttemptAt })
            .ToListAsync(cancellationToken);
        foreach (var message in waiting)
        {
            var at = message.NextAttemptAt is { } next && next > message.NotBefore ? next : message.NotBefore;
            moments.Add(planning.NextOpening(at));
        }

        return [.. moments.Where(m => m > now && m < target)];
    }
}
