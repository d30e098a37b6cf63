using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Reminders;

namespace ReformBot.Admin;

/// <summary>Reminders planned, sent and upcoming, and the outbox with its dead letters.</summary>
internal static class ReminderEndpoints
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    public static void MapReminders(this RouteGroupBuilder admin)
    {
        admin.MapGet("/reminders", ListReminders);
        admin.MapGet("/outbox", ListOutbox);
    }

    /// <summary>
    /// <c>from</c> and <c>to</c> as in the audit API (ISO dates, <c>to</c> inclusive, or date-times); by default today and
    /// the next 7 days. <c>officer</c> narrows to one officer id.
    /// </summary>
    internal static async Task<Results<Ok<IReadOnlyList<ReminderView>>, ProblemHttpResult>> ListReminders(
        string? from, string? to, string? officer, ReminderQueries queries, TimeProvider time, CancellationToken cancellationToken)
    {
        var today = VietnamTime.ToUtc(VietnamTime.Today(time), TimeOnly.MinValue);
        if (!AuditEndpoints.TryParse(from, endOfDay: false, out var start, today) || !AuditEndpoints.TryParse(to, endOfDay: true, out var end, start + DefaultPeriod))
        {
            return BadRequest(AuditEndpoints.DateRule);
        }

        if (start >= end)
        {
            return BadRequest("'from' must be before 'to'.");
        }

        if (end - start > TimeSpan.FromDays(400))
        {
            return BadRequest("Ask for at most 400 days at a time.");
        }

        if (officer is { Length: 0 or > 100 })
        {
            return BadRequest("'officer' must be an officer id.");
        }

        return TypedResults.Ok(await queries.ListAsync(start, end, officer, cancellationToken));
    }

    /// <summary><c>state</c>: pending, sent, skipped, unreachable or dead (the dead letters); all when not given.</summary>
    internal static async Task<Results<Ok<IReadOnlyList<OutboxView>>, ProblemHttpResult>> ListOutbox(
        string? state, ReminderQueries queries, CancellationToken cancellationToken)
    {
        OutboxState? wanted = null;
        if (!string.IsNullOrWhiteSpace(state))
        {
            if (!Enum.TryParse<OutboxState>(state, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(state, out _))
            {
                return BadRequest("'state' must be one of: pending, sent, skipped, unreachable, dead.");
            }

            wanted = parsed;
        }

        return TypedResults.Ok(await queries.OutboxAsync(wanted, cancellationToken));
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid reminder query");
}
