using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;
using ReformBot.Storage;

namespace ReformBot.Delivery;

/// <summary>
/// The outbox in <c>/healthz</c>: pending backlog, the age of the oldest due pending row, dead letters and when this
/// node last finished a send round. Unhealthy when this node should send (it runs the scheduler) but the scheduler is
/// not running; a node without a scheduler only reports.
/// </summary>
internal sealed class OutboxHealthCheck(IServiceScopeFactory scopes, OutboxHeartbeat heartbeat, TimeProvider time, IServiceProvider services) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var data = new Dictionary<string, object>();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            var pending = db.OutboxMessages.AsNoTracking().Where(m => m.State == OutboxState.Pending);
            data["pending"] = await pending.CountAsync(cancellationToken);
            data["dead"] = await db.OutboxMessages.CountAsync(m => m.State == OutboxState.Dead, cancellationToken);
            var oldest = await pending.Where(m => !m.InDailyMessage && m.NotBefore <= now && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
                .OrderBy(m => m.NotBefore).Select(m => (DateTimeOffset?)m.NotBefore).FirstOrDefaultAsync(cancellationToken);
            data["oldestDueAgeSeconds"] = oldest is { } at ? Math.Max(0, (long)(now - at).TotalSeconds) : 0;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("the outbox cannot be read", e);
        }

        if (heartbeat.LastRoundAt is { } last)
        {
            data["lastRoundAt"] = last;
        }

        if (services.GetService<ISchedulerFactory>() is not { } factory)
        {
            data["sender"] = "off on this node";
            return HealthCheckResult.Healthy("no sender on this node (Reminders:SchedulerEnabled=false)", data);
        }

        var scheduler = await factory.GetScheduler(cancellationToken);
        var running = await scheduler.GetStatus(cancellationToken) == SchedulerStatus.Running;
        data["sender"] = running ? "running" : "stopped";
        return running
            ? HealthCheckResult.Healthy("the outbox sender runs", data)
            : HealthCheckResult.Unhealthy("the scheduler that runs the outbox sender is not running", data: data);
    }
}
