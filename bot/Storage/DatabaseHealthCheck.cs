using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ReformBot.Storage;

/// <summary>Healthy when the database answers a query and its schema is current.</summary>
internal sealed class DatabaseHealthCheck(ReformBotDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var provider = db.Database.IsSqlite() ? "sqlite" : "postgres";
        try
        {
            var plans = await db.Plans.CountAsync(cancellationToken);
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            var data = new Dictionary<string, object> { ["provider"] = provider, ["plans"] = plans, ["pendingMigrations"] = pending };
            return pending == 0
                ? HealthCheckResult.Healthy("The database answers.", data)
                : HealthCheckResult.Unhealthy("The database schema is behind the code.", data: data);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy(
                "The database is unreachable.", ex, new Dictionary<string, object> { ["provider"] = provider });
        }
    }
}
