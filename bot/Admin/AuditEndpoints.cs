using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Audit;
using ReformBot.Calendar;

namespace ReformBot.Admin;

/// <summary>The audit log: who did what and when, for a period.</summary>
internal static class AuditEndpoints
{
    private static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(7);

    public static void MapAudit(this RouteGroupBuilder admin) => admin.MapGet("/audit", ListAudit);

    /// <summary>
    /// <c>from</c> and <c>to</c> are ISO dates (Vietnam days, <c>to</c> inclusive) or date-times (with an offset, else
    /// Vietnam time); by default the last 7 days. At most <c>limit</c> (≤ 1000) entries, newest first.
    /// </summary>
    internal static async Task<Results<Ok<AuditPageResponse>, ProblemHttpResult>> ListAudit(
        string? from, string? to, long? before, int? limit, AuditLog log, TimeProvider time, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!TryParse(to, endOfDay: true, out var end, now) || !TryParse(from, endOfDay: false, out var start, end - DefaultPeriod))
        {
            return BadRequest(DateRule);
        }

        // Dates are whole days with 'to' inclusive, so from=to is a day, while a 'from' day after 'to' meets it at midnight.
        if (start >= end)
        {
            return BadRequest("'from' must be before 'to'.");
        }

        if (limit is < 1 or > AuditLog.MaxPage)
        {
            return BadRequest($"'limit' must be between 1 and {AuditLog.MaxPage}.");
        }

        var size = limit ?? AuditLog.MaxPage;
        var entries = await log.ListAsync(start, end, before, size, cancellationToken);
        var next = entries.Count == size ? entries[^1].Id : (long?)null;
        return TypedResults.Ok(new AuditPageResponse(start, end, [.. entries.Select(AuditEntryResponse.From)], next));
    }

    /// <summary>Earliest and latest years a query may name: far enough for any plan, near enough that day arithmetic never overflows.</summary>
    internal const int MinYear = 1900;
    internal const int MaxYear = 2200;

    internal const string DateRule = "'from' and 'to' must be ISO dates (2024-11-20) or date-times (2024-11-20T08:00:00+07:00) between the years 1900 and 2200.";

    internal static bool TryParse(string? text, bool endOfDay, out DateTimeOffset value, DateTimeOffset fallback)
    {
        value = fallback;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (text.Length > 40)
        {
            return false;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (date.Year is < MinYear or > MaxYear)
            {
                return false;
            }

            value = VietnamTime.ToUtc(endOfDay ? date.AddDays(1) : date, TimeOnly.MinValue);
            return true;
        }

        // A date-time: with an offset (or Z) it is an instant; without one it is Vietnam wall-clock time.
        var timePart = text.IndexOf('T', StringComparison.Ordinal);
        if (timePart < 0)
        {
            return false;
        }

        var hasOffset = text.EndsWith('Z') || text.IndexOfAny(['+', '-'], timePart) > 0;
        if (hasOffset && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            value = instant.ToUniversalTime();
            return value.Year is >= MinYear and <= MaxYear;
        }

        if (!hasOffset && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local.Year is >= MinYear and <= MaxYear)
        {
            value = VietnamTime.ToUtc(local);
            return true;
        }

        return false;
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status400BadRequest, title: "Invalid audit query");
}
