using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>Plan import, listing and export for coordinators' tools and scripts.</summary>
internal static class PlanEndpoints
{
    private const int LargePlanFileBytes = 1024 * 1024;

    public static void MapPlans(this RouteGroupBuilder admin)
    {
        admin.MapPost("/plans", ImportPlan);
        admin.MapGet("/plans", ListPlans);

        // A catch-all so that a code with its slash escaped (104%2FKH-UBND) or not (104/KH-UBND) both find the plan.
        admin.MapGet("/plans/{**code}", ExportPlan);
    }

    internal static async Task<Results<Created<PlanImportResponse>, Ok<PlanImportResponse>, BadRequest<PlanFileProblem>, ProblemHttpResult>> ImportPlan(
        HttpRequest request, PlanStore store, IOptions<AdminOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxPlanFileBytes;
        if (request.ContentLength > limit)
        {
            return TooLarge(limit);
        }

        PlanImportResult? result;
        try
        {
            // Read as it arrives: the file is never held whole, only the plan's entries.
            result = await store.ImportAsync(request.Body, limit, "api", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another load of the same plan committed first (unique plan code / revision number).
            return TypedResults.Problem(
                "Another load of this plan was stored at the same time; send the file again.", statusCode: StatusCodes.Status409Conflict, title: "Concurrent plan load");
        }
        finally
        {
            if (request.ContentLength is null or > LargePlanFileBytes)
            {
                // A large import is rare and leaves the heap at its peak: give the memory back to the system now.
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            }
        }

        if (result is null)
        {
            return TooLarge(limit);
        }

        if (result.IsRejected)
        {
            return TypedResults.BadRequest(PlanFileProblem.From(result));
        }

        var response = PlanImportResponse.From(result);
        return result.Unchanged
            ? TypedResults.Ok(response)
            : TypedResults.Created($"/api/admin/plans/{Uri.EscapeDataString(result.Code)}", response);
    }

    private static ProblemHttpResult TooLarge(int limit) =>
        TypedResults.Problem($"The plan file is larger than {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Plan file too large");

    internal static async Task<Ok<IReadOnlyList<PlanSummary>>> ListPlans(PlanStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(await store.ListAsync(cancellationToken));

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportPlan(
        string code, PlanStore store, CancellationToken cancellationToken)
    {
        var planCode = Uri.UnescapeDataString(code);
        if (planCode.EndsWith(PlanDraftEndpoints.AppendixSuffix, StringComparison.OrdinalIgnoreCase))
        {
            return await PlanDraftEndpoints.ExportAppendix(planCode[..^PlanDraftEndpoints.AppendixSuffix.Length], store, cancellationToken);
        }

        if (!PlanCode.IsValid(planCode))
        {
            return TypedResults.Problem($"'code' must be {PlanCode.Expected}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid plan code");
        }

        var file = await store.ExportAsync(planCode, cancellationToken);
        return file is null
            ? TypedResults.Problem($"There is no plan with code '{planCode}'.", statusCode: StatusCodes.Status404NotFound, title: "Plan not found")
            : TypedResults.File(PlanFileWriter.Write(file), "application/json; charset=utf-8");
    }
}
