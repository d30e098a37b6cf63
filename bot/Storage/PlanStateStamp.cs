using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ReformBot.Plans;
using ReformBot.Reminders;

namespace ReformBot.Storage;

/// <summary>
/// Moves every plan's <see cref="Plan.StateVersion"/> on after a save that changed anything of the plans' state (plans,
/// units, officers, tasks, report schedules, periods and submissions, past-due items), in the save's transaction when
/// there is one and right after it otherwise, so a reader that read the version before the state never keeps a stale
/// copy, on this instance or another.
/// </summary>
internal sealed class PlanStateStamp : SaveChangesInterceptor
{
    private static readonly HashSet<Type> StateTypes =
        [typeof(Plan), typeof(Unit), typeof(Officer), typeof(PlanTask), typeof(ReportSchedule), typeof(ReportPeriod), typeof(ReportSubmission), typeof(PastDueItem)];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } db)
        {
            db.Plans.ExecuteUpdate(s => s.SetProperty(p => p.StateVersion, p => p.StateVersion + 1));
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } db)
        {
            await db.Plans.ExecuteUpdateAsync(s => s.SetProperty(p => p.StateVersion, p => p.StateVersion + 1), cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Take(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Take(eventData.Context);
        return Task.CompletedTask;
    }

    // The flag lives on the context itself: one save of one context at a time, so no shared set or lock is needed.
    private static void Note(DbContext? context)
    {
        if (context is ReformBotDbContext db)
        {
            db.SavingPlanState = db.ChangeTracker.Entries()
                .Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && StateTypes.Contains(e.Metadata.ClrType));
        }
    }

    private static ReformBotDbContext? Take(DbContext? context)
    {
        if (context is not ReformBotDbContext { SavingPlanState: true } db)
        {
            return null;
        }

        db.SavingPlanState = false;
        return db;
    }
}
