using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ReformBot.Accounts;
using ReformBot.Audit;
using ReformBot.Broadcasts;
using ReformBot.Calendar;
using ReformBot.Delivery;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// What an administrator does when something went wrong or a rollout starts: retry dead letters, cancel a queued
/// announcement, see who is reachable where, and print link codes for a whole unit.
/// </summary>
internal static class OperationsEndpoints
{
    public static void MapOperations(this RouteGroupBuilder admin)
    {
        admin.MapPost("/outbox/{id:long}/retry", RetryOne);
        admin.MapPost("/outbox/dead/retry", RetryAll);
        admin.MapGet("/broadcasts", ListBroadcasts);
        admin.MapPost("/broadcasts/{id:long}/cancel", Cancel);
        admin.MapGet("/officers/reach", Reach);
        admin.MapPost("/plans/{code}/units/{unit}/link-codes", LinkCodesForUnit);

        // A plan code holds a slash ("104/KH-UBND"): sent escaped it is one segment, sent as it is, two.
        admin.MapPost("/plans/{number}/{kind}/units/{unit}/link-codes", (string number, string kind, string unit, bool? all, ReformBotDbContext db, AccountLinker linker, CancellationToken ct) =>
            LinkCodesForUnit($"{number}/{kind}", unit, all, db, linker, ct));
    }

    internal static async Task<Results<Ok<RetryResponse>, ProblemHttpResult>> RetryOne(
        long id, DeadLetters deadLetters, AuditLog audit, ReformBotDbContext db, CancellationToken cancellationToken)
    {
        switch (await deadLetters.RetryAsync(id, cancellationToken))
        {
            case null:
                return Problem(StatusCodes.Status404NotFound, "Message not found", $"No outbox message has id {id}.");
            case false:
                return Problem(StatusCodes.Status409Conflict, "Not a dead letter", $"Outbox message {id} is not dead; only dead letters are retried.");
            default:
                audit.Record(AuditActors.Admin, null, AuditActions.OutboxRetry, $"outbox#{id}");
                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(new RetryResponse(1));
        }
    }

    internal static async Task<Ok<RetryResponse>> RetryAll(DeadLetters deadLetters, AuditLog audit, ReformBotDbContext db, CancellationToken cancellationToken)
    {
        var count = await deadLetters.RetryAllAsync(cancellationToken);
        if (count > 0)
        {
            audit.Record(AuditActors.Admin, null, AuditActions.OutboxRetry, "outbox", $"{count} dead letters");
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(new RetryResponse(count));
    }

    /// <summary>Broadcasts newest first; <c>queued=true</c> keeps those with copies still to send (the ones that can be cancelled).</summary>
    internal static async Task<Ok<List<BroadcastResponse>>> ListBroadcasts(bool? queued, ReformBotDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Broadcasts.AsNoTracking();
        if (queued == true)
        {
            query = query.Where(b => db.OutboxMessages.Any(m => m.GroupId == b.Id && m.State == OutboxState.Pending));
        }

        var headers = await query.OrderByDescending(b => b.Id).Take(200).ToListAsync(cancellationToken);
        var ids = headers.Select(b => b.Id).ToList();
        var counts = (await db.OutboxMessages.AsNoTracking().Where(m => m.GroupId != null && ids.Contains(m.GroupId.Value))
                .GroupBy(m => new { m.GroupId, m.State }).Select(g => new { g.Key.GroupId, g.Key.State, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToLookup(c => c.GroupId!.Value);
        return TypedResults.Ok(headers.Select(b => new BroadcastResponse(
            b.Id, b.Kind.ToString(), b.PlanCode, b.SenderOfficerId, b.Summary, b.Urgent, b.CreatedAt, b.ReportedAt,
            counts[b.Id].ToDictionary(c => c.State.ToString().ToLowerInvariant(), c => c.Count))).ToList());
    }

    internal static async Task<Results<Ok<BroadcastCancellation>, ProblemHttpResult>> Cancel(long id, Broadcaster broadcaster, CancellationToken cancellationToken)
    {
        var result = await broadcaster.CancelAsync(id, AuditActors.Admin, cancellationToken);
        return result switch
        {
            null => Problem(StatusCodes.Status404NotFound, "Broadcast not found", $"No broadcast has id {id}."),
            { Cancelled: 0, InFlight: 0 } => Problem(StatusCodes.Status409Conflict, "Nothing queued", $"Every copy of broadcast {id} was already settled; nothing was cancelled."),
            _ => TypedResults.Ok(result),
        };
    }

    /// <summary><c>plan</c> narrows to one plan's officers; <c>unreachable=true</c> keeps only those no channel reaches now.</summary>
    internal static async Task<Results<Ok<List<OfficerReachResponse>>, ProblemHttpResult>> Reach(
        string? plan, bool? unreachable, OfficerReach reach, CancellationToken cancellationToken)
    {
        if (plan is { Length: 0 or > 100 })
        {
            return Problem(StatusCodes.Status400BadRequest, "Invalid query", "'plan' must be a plan code.");
        }

        var officers = await reach.ListAsync(plan, cancellationToken);
        return officers is null
            ? Problem(StatusCodes.Status404NotFound, "Plan not found", $"No plan has code '{plan}'.")
            : TypedResults.Ok(officers.Where(o => unreachable != true || !o.Reachable).ToList());
    }

    /// <summary>
    /// A fresh link code for each officer of <paramref name="unit"/> and the units below it in plan
    /// <paramref name="code"/>, as a CSV a coordinator prints or mails (UTF-8 with BOM, so Excel shows the diacritics).
    /// <c>all=true</c> includes officers already linked; by default only the unlinked get a code.
    /// </summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> LinkCodesForUnit(
        string code, string unit, bool? all, ReformBotDbContext db, AccountLinker linker, CancellationToken cancellationToken)
    {
        code = Uri.UnescapeDataString(code);
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Code == code, cancellationToken);
        if (plan is null)
        {
            return Problem(StatusCodes.Status404NotFound, "Plan not found", $"No plan has code '{code}'.");
        }

        var units = await db.Units.AsNoTracking().Where(u => u.PlanId == plan.Id).ToListAsync(cancellationToken);
        if (units.All(u => u.Code != unit))
        {
            return Problem(StatusCodes.Status404NotFound, "Unit not found", $"Plan '{code}' has no unit '{unit}'.");
        }

        var subtree = UnitTree.Of(units.Select(u => u.ToEntry())).Subtree(unit).ToHashSet(StringComparer.Ordinal);
        var names = units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var officers = (await db.Officers.AsNoTracking().Where(o => o.PlanId == plan.Id).OrderBy(o => o.Position).ToListAsync(cancellationToken))
            .Where(o => subtree.Contains(o.Unit))
            .ToList();
        var ids = officers.Select(o => o.OfficerId).ToList();
        var linked = (await db.ChatAccounts.AsNoTracking().Where(a => ids.Contains(a.OfficerId)).Select(a => a.OfficerId).ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        var csv = new StringBuilder("officer_id,name,unit,code,expires_vietnam_time\r\n");
        foreach (var officer in officers.Where(o => all == true || !linked.Contains(o.OfficerId)))
        {
            var issued = await linker.IssueAsync(officer.OfficerId, AuditActors.Admin, cancellationToken);
            if (issued is not null)
            {
                var expires = VietnamTime.ToLocal(issued.ExpiresAt).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
                csv.Append(string.Join(',', Csv(officer.OfficerId), Csv(officer.Name), Csv(names.GetValueOrDefault(officer.Unit) ?? officer.Unit), issued.Code, expires)).Append("\r\n");
            }
        }

        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return TypedResults.File(bytes, "text/csv; charset=utf-8", $"link-codes-{unit}.csv");
    }

    /// <summary>A CSV field, quoted when needed; a leading formula character is defused so a spreadsheet shows it as text.</summary>
    private static string Csv(string value)
    {
        var text = value.Length > 0 && "=+-@".Contains(value[0], StringComparison.Ordinal) ? "'" + value : value;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) => TypedResults.Problem(detail, statusCode: status, title: title);
}

/// <summary>How many dead letters were made pending again.</summary>
internal sealed record RetryResponse(int Retried);

/// <summary>A broadcast in <c>GET /api/admin/broadcasts</c>, with its copies counted by outbox state.</summary>
internal sealed record BroadcastResponse(
    long Id, string Kind, string PlanCode, string? Sender, string Summary, bool Urgent, DateTimeOffset CreatedAt, DateTimeOffset? ReportedAt,
    IReadOnlyDictionary<string, int> Copies);
