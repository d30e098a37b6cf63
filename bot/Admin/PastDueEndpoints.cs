using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReformBot.Plans;
using ReformBot.Reminders;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>What of a plan was already overdue when it was loaded, and which of it the coordinators asked to chase again.</summary>
internal static class PastDueEndpoints
{
    public static void MapPastDue(this RouteGroupBuilder admin) => admin.MapGet("/past-due", ListPastDue);

    /// <summary><c>plan</c>: the plan's code (e.g. <c>104/KH-UBND</c>).</summary>
    internal static async Task<Results<Ok<IReadOnlyList<PastDueItemResponse>>, ProblemHttpResult>> ListPastDue(
        string? plan, ReformBotDbContext db, CancellationToken cancellationToken)
    {
        if (!PlanCode.IsValid(plan))
        {
            return TypedResults.Problem($"'plan' must be {PlanCode.Expected}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid plan code");
        }

        var planId = await db.Plans.AsNoTracking().Where(p => p.Code == plan).Select(p => (int?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            return TypedResults.Problem($"There is no plan with code '{plan}'.", statusCode: StatusCodes.Status404NotFound, title: "Plan not found");
        }

        var items = await db.PastDueItems.AsNoTracking().Where(i => i.PlanId == planId).ToListAsync(cancellationToken);
        var submitted = (await (
                from s in db.ReportSubmissions.AsNoTracking()
                join p in db.ReportPeriods.AsNoTracking() on s.PeriodId equals p.Id
                join r in db.ReportSchedules.AsNoTracking() on p.ScheduleId equals r.Id
                where r.PlanId == planId && s.SubmittedAt != null
                select new { r.Code, p.DueDate, s.UnitCode }).ToListAsync(cancellationToken))
            .Select(s => (s.Code, s.DueDate, s.UnitCode))
            .ToHashSet();
        IReadOnlyList<PastDueItemResponse> response =
        [
            .. items
                .OrderBy(i => i.Subject).ThenBy(i => i.DueDate).ThenBy(i => i.ItemRef, StringComparer.Ordinal).ThenBy(i => i.UnitCode, StringComparer.Ordinal)
                .Select(i => new PastDueItemResponse(
                    i.Subject == ReminderSubject.Task ? "task" : "report",
                    i.ItemRef,
                    i.UnitCode.Length == 0 ? null : i.UnitCode,
                    i.DueDate,
                    i.Revision,
                    i.RecordedAt,
                    i.ChasedFrom,
                    i.ChasedBy,
                    i.Subject == ReminderSubject.Report ? submitted.Contains((i.ItemRef, i.DueDate, i.UnitCode)) : null)),
        ];
        return TypedResults.Ok(response);
    }
}

/// <summary>One item overdue when its plan was loaded. <paramref name="ChasedFrom"/> null: not reminded.</summary>
internal sealed record PastDueItemResponse(
    string Subject, string ItemRef, string? UnitCode, DateOnly DueDate, int Revision, DateTimeOffset RecordedAt,
    DateTimeOffset? ChasedFrom, string? ChasedBy, bool? Submitted);
