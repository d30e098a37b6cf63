using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Storage;

namespace ReformBot.Delivery;

/// <summary>
/// The tenant's send rate (<c>Delivery:TenantRatePerSecond</c>) shared by every instance on the database: turns are
/// taken from one row of <c>send_rate_slots</c> with a single upsert a tenth of a second's worth at a time, so two
/// sending instances together stay within the limit (each gets the turns it asks for, in the order asked). A
/// Retry-After moves the shared row on, so it holds back every instance. Times are real UTC ticks (never the test clock);
/// the instances' clocks are taken to agree to a few milliseconds.
/// </summary>
public sealed class TenantTurns(IServiceScopeFactory scopes, IOptions<DeliveryOptions> options, TimeProvider realTime) : IDisposable
{
    private const string Key = "tenant";

    private const string ReserveSql =
        """
        INSERT INTO send_rate_slots ("Key", "NextAt") VALUES (@key, @now + @block)
        ON CONFLICT ("Key") DO UPDATE SET "NextAt" = CASE WHEN send_rate_slots."NextAt" > @now THEN send_rate_slots."NextAt" ELSE @now END + @block
        RETURNING "NextAt"
        """;

    private const string PauseSql =
        """
        INSERT INTO send_rate_slots ("Key", "NextAt") VALUES (@key, @now)
        ON CONFLICT ("Key") DO UPDATE SET "NextAt" = CASE WHEN send_rate_slots."NextAt" > @now THEN send_rate_slots."NextAt" ELSE @now END
        RETURNING "NextAt"
        """;

    private readonly SemaphoreSlim gate = new(1, 1);
    private long next;
    private long end;

    /// <summary>Waits for this instance's next turn under the shared tenant rate (at once when there is no limit).</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        if (options.Value.TenantRatePerSecond <= 0)
        {
            return;
        }

        var wait = await TakeTurnAsync(cancellationToken) - realTime.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, realTime, cancellationToken);
        }
    }

    /// <summary>Takes this instance's next turn under the shared tenant rate and answers when it comes (real UTC time).</summary>
    public async Task<DateTimeOffset> TakeTurnAsync(CancellationToken cancellationToken)
    {
        var rate = options.Value.TenantRatePerSecond;
        if (rate <= 0)
        {
            return realTime.GetUtcNow();
        }

        var interval = Math.Max(1, (long)(TimeSpan.TicksPerSecond / rate));
        long at;
        await gate.WaitAsync(cancellationToken);
        try
        {
            var now = realTime.GetUtcNow().UtcTicks;
            if (next >= end || next < now)
            {
                // Turns of a block not used in time are dropped rather than sent in a burst.
                var count = Math.Max(1, (int)(rate / 10));
                end = await RunAsync(ReserveSql, now, count * interval, cancellationToken);
                next = end - (count * interval);
            }

            at = next;
            next += interval;
        }
        finally
        {
            gate.Release();
        }

        return new DateTimeOffset(at, TimeSpan.Zero);
    }

    /// <summary>The channel said to wait: no instance takes a turn before then (at most <see cref="SendRateLimiter.MaxPause"/>).</summary>
    public async Task PauseForAsync(TimeSpan wait, CancellationToken cancellationToken)
    {
        if (wait <= TimeSpan.Zero || options.Value.TenantRatePerSecond <= 0)
        {
            return;
        }

        wait = wait > SendRateLimiter.MaxPause ? SendRateLimiter.MaxPause : wait;
        await gate.WaitAsync(cancellationToken);
        try
        {
            await RunAsync(PauseSql, realTime.GetUtcNow().UtcTicks + wait.Ticks, 0, cancellationToken);
            end = next; // the turns in hand are given up: the next send asks the row again
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<long> RunAsync(string sql, long now, long block, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReformBotDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            Add(command, "@key", Key);
            Add(command, "@now", now);
            Add(command, "@block", block);
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(System.Data.Common.DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
