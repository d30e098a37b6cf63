using Microsoft.EntityFrameworkCore;
using ReformBot.Audit;
using ReformBot.Storage;

namespace ReformBot.Reminders;

/// <summary>
/// Stops (and resumes) one item's reminders for one officer, audited. The planner leaves the stopped items out
/// (<see cref="ReminderPlanning.DueAsync"/>) and reminders already written for them are skipped when their message goes.
/// </summary>
public sealed class ReminderStops(ReformBotDbContext db, AuditLog audit, TimeProvider time)
{
    public const string AuditStop = "reminders.stop";
    public const string AuditResume = "reminders.resume";

    /// <returns>The stop, new or the one already in force.</returns>
    public async Task<ReminderStop> StopAsync(
        string officerId, string planCode, ReminderSubject subject, string itemRef, string? unitCode, string by, string? channel, CancellationToken cancellationToken)
    {
        var active = await ActiveAsync(cancellationToken);
        if (active.FirstOrDefault(s => s.Stops(officerId, planCode, subject, itemRef, unitCode)) is { } existing)
        {
            return existing;
        }

        var stop = new ReminderStop(officerId, planCode, subject, itemRef, unitCode, by, time.GetUtcNow());
        db.ReminderStops.Add(stop);
        audit.Record(by, channel, AuditStop, AuditActions.TaskSubject(planCode, itemRef), $"officer {officerId}" + (unitCode is null ? string.Empty : $", unit {unitCode}"));
        await db.SaveChangesAsync(cancellationToken);
        return stop;
    }

    /// <summary>Resumes a stop by id; null when there is none.</summary>
    public async Task<ReminderStop?> ResumeAsync(long id, string by, string? channel, CancellationToken cancellationToken)
    {
        var stop = await db.ReminderStops.SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (stop is null || !stop.IsActive)
        {
            return stop;
        }

        stop.Resume(by, time.GetUtcNow());
        audit.Record(by, channel, AuditResume, AuditActions.TaskSubject(stop.PlanCode, stop.ItemRef), $"officer {stop.OfficerId}");
        await db.SaveChangesAsync(cancellationToken);
        return stop;
    }

    public async Task<IReadOnlyList<ReminderStop>> ListAsync(string? officerId, CancellationToken cancellationToken)
    {
        var query = db.ReminderStops.AsNoTracking().Where(s => s.ResumedAt == null);
        if (officerId is not null)
        {
            query = query.Where(s => s.OfficerId == officerId);
        }

        return await query.OrderBy(s => s.Id).Take(1000).ToListAsync(cancellationToken);
    }

    /// <summary>Every stop in force, for the planner and the composer.</summary>
    public async Task<IReadOnlyList<ReminderStop>> ActiveAsync(CancellationToken cancellationToken) =>
        await db.ReminderStops.AsNoTracking().Where(s => s.ResumedAt == null).ToListAsync(cancellationToken);
}
