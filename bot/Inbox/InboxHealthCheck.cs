using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using ReformBot.Storage;

namespace ReformBot.Inbox;

/// <summary>Unhealthy when this instance's inbox worker is not running; reports the backlog, its oldest item's age and the dead letters.</summary>
internal sealed class InboxHealthCheck(ReformBotDbContext db, InboxWorkerStatus status, TimeProvider time) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var waiting = db.InboxItems.AsNoTracking().Where(i => i.State == InboxState.Pending || i.State == InboxState.Replying);
        var backlog = await waiting.CountAsync(cancellationToken);
        var oldest = await waiting.OrderBy(i => i.Id).Select(i => (DateTimeOffset?)i.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        var dead = await db.InboxItems.CountAsync(i => i.State == InboxState.Dead, cancellationToken);
        var age = oldest is { } at ? Math.Max(0, (time.GetUtcNow() - at).TotalSeconds) : 0;
        var data = new Dictionary<string, object>
        {
            ["workerRunning"] = status.IsRunning,
            ["backlog"] = backlog,
            ["oldestPendingAgeSeconds"] = Math.Round(age, 1),
            ["deadLetters"] = dead,
        };
        if (!status.IsRunning)
        {
            return HealthCheckResult.Unhealthy("The inbox worker is not running: acknowledged messages are not handled.", data: data);
        }

        return dead > 0
            ? HealthCheckResult.Degraded($"{dead} inbox item(s) gave up; see the log for their ids.", data: data)
            : HealthCheckResult.Healthy("The inbox worker is running.", data);
    }
}
