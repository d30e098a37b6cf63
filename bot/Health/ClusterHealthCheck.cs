using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;
using ReformBot.Reminders;
using ReformBot.Storage;

namespace ReformBot.Health;

/// <summary>
/// This node among those sharing the database: the storage provider, whether the Quartz scheduler runs clustered, the
/// node's id, and the last planning round (the reminder watermark) with its lag behind now. Degraded (still 200) when a
/// scheduled instance has not planned for much longer than its interval: no node of the cluster is reminding.
/// </summary>
internal sealed class ClusterHealthCheck(
    IServiceProvider services,
    IOptions<StorageOptions> storage,
    IOptions<ClusterOptions> cluster,
    IOptions<ReminderOptions> reminders,
    TimeProvider time) : IHealthCheck
{
    public static readonly TimeSpan MinimumTolerance = TimeSpan.FromMinutes(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["provider"] = storage.Value.Provider == StorageProvider.Postgres ? "postgres" : "sqlite",
            ["nodeId"] = cluster.Value.EffectiveNodeId,
            ["clustered"] = false,
        };

        var factory = services.GetService<ISchedulerFactory>();
        if (factory is not null)
        {
            var scheduler = await factory.GetScheduler(cancellationToken);
            var metaData = await scheduler.GetMetadata(cancellationToken);
            data["clustered"] = metaData.JobStoreClustered;
            data["nodeId"] = metaData.SchedulerInstanceId;
        }

        data["scheduler"] = factory is null ? "off" : "on";
        var now = time.GetUtcNow();
        DateTimeOffset? lastRound;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
            try
            {
                lastRound = await db.ReminderWatermarks.AsNoTracking()
                    .Where(w => w.Id == ReminderWatermark.SingletonId)
                    .Select(w => (DateTimeOffset?)w.PlannedUpTo)
                    .SingleOrDefaultAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                // The database check reports the cause; this one only cannot say where planning stands.
                return HealthCheckResult.Degraded("The last planning round cannot be read.", ex, data);
            }
        }

        if (lastRound is not { } last)
        {
            data["lastPlanningRound"] = "never";
            return HealthCheckResult.Healthy("No planning round yet.", data);
        }

        var lag = now - last;
        data["lastPlanningRound"] = last.ToUniversalTime().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        data["planningLagSeconds"] = Math.Max(0, (long)lag.TotalSeconds);
        var tolerance = reminders.Value.Interval * 5 > MinimumTolerance ? reminders.Value.Interval * 5 : MinimumTolerance;
        return factory is not null && lag > tolerance
            ? HealthCheckResult.Degraded($"The last planning round was {(long)lag.TotalMinutes} minute(s) ago; no node is planning reminders.", data: data)
            : HealthCheckResult.Healthy("Planning reminders.", data);
    }
}
