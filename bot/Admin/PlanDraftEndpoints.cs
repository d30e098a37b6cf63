using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using ReformBot.PlanDrafts;
using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>
/// Drafts from Word and Excel appendices (<c>POST /plans/drafts</c>, multipart: <c>file</c>, optional <c>directory</c>
/// and <c>code</c>), the directory import (<c>POST /directory</c>) and the appendix export. Drafting stores nothing:
/// the draft is loaded with <c>POST /plans</c>.
/// </summary>
internal static class PlanDraftEndpoints
{
    public const string AppendixSuffix = "/appendix.xlsx";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static void MapPlanDrafts(this RouteGroupBuilder admin)
    {
        admin.MapPost("/plans/drafts", DraftPlan).DisableAntiforgery();
        admin.MapPost("/directory", ImportDirectory).DisableAntiforgery();
    }

    internal static async Task<Results<Ok<PlanDraftResponse>, BadRequest<DraftProblem>, ProblemHttpResult>> DraftPlan(
        HttpRequest request, PlanDraftService drafts, IOptions<AdminOptions> options, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxPlanFileBytes;
        var upload = await UploadedFiles.ReadAsync(request, limit, ["file", "directory"], cancellationToken);
        if (upload.Problem is not null)
        {
            return upload.Problem;
        }

        if (!upload.Files.TryGetValue("file", out var file))
        {
            return TypedResults.Problem("Send the appendix as the multipart field 'file' (.docx or .xlsx).", statusCode: StatusCodes.Status400BadRequest, title: "No file");
        }

        var outcome = await drafts.DraftAsync(file, upload.Files.TryGetValue("directory", out var d) ? d : (ReadOnlyMemory<byte>?)null, upload.Fields.GetValueOrDefault("code"), cancellationToken);
        if (outcome.Problem is { } problem)
        {
            return TypedResults.BadRequest(DraftProblem.Of(problem));
        }

        if (outcome.DirectoryErrors.Count > 0)
        {
            return TypedResults.BadRequest(DraftProblem.Directory(outcome.DirectoryErrors));
        }

        return TypedResults.Ok(PlanDraftResponse.From(outcome.Draft!));
    }

    internal static async Task<Results<Ok<DirectoryImportResponse>, BadRequest<DraftProblem>, ProblemHttpResult>> ImportDirectory(
        HttpRequest request, PlanDraftService drafts, IOptions<AdminOptions> options, CancellationToken cancellationToken)
    {
        var upload = await UploadedFiles.ReadAsync(request, options.Value.MaxPlanFileBytes, ["file"], cancellationToken);
        if (upload.Problem is not null)
        {
            return upload.Problem;
        }

        if (!upload.Files.TryGetValue("file", out var file))
        {
            return TypedResults.Problem("Send the directory sheet as the multipart field 'file' (.xlsx).", statusCode: StatusCodes.Status400BadRequest, title: "No file");
        }

        var outcome = await drafts.ImportDirectoryAsync(file, "api", cancellationToken);
        return outcome.Problem is { } problem ? TypedResults.BadRequest(DraftProblem.Of(problem))
            : outcome.Errors.Count > 0 ? TypedResults.BadRequest(DraftProblem.Directory(outcome.Errors))
            : TypedResults.Ok(new DirectoryImportResponse(outcome.Units, outcome.Officers));
    }

    /// <summary>The stored plan as an Excel appendix (<c>GET /plans/{code}/appendix.xlsx</c>).</summary>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAppendix(string planCode, PlanStore store, CancellationToken cancellationToken)
    {
        var file = await store.ExportAsync(planCode, cancellationToken);
        return file is null
            ? TypedResults.Problem($"There is no plan with code '{planCode}'.", statusCode: StatusCodes.Status404NotFound, title: "Plan not found")
            : TypedResults.File(AppendixWriter.Write(file), Xlsx, "appendix.xlsx");
    }
}

/// <summary>A draft: the plan file as JSON, whether it passes the plan file rules, and the warnings at their cells.</summary>
internal sealed record PlanDraftResponse(
    JsonNode? Draft, bool Valid, IReadOnlyList<PlanFileError> Errors, IReadOnlyList<DraftWarning> Warnings, int Cells, int CellsWithWarnings)
{
    public static PlanDraftResponse From(PlanDraft draft) => new(
        JsonNode.Parse(PlanFileWriter.Write(draft.File!)), draft.IsValid, draft.Errors, draft.Warnings, draft.Cells, draft.CellsWithWarnings);
}

internal sealed record DirectoryImportResponse(int Units, int Officers);

/// <summary>A file that cannot be drafted or a directory sheet with errors; shaped like RFC 9457 problem details.</summary>
internal sealed record DraftProblem(string Type, string Title, int Status, string Detail, string Code, IReadOnlyList<DraftWarning> Errors)
{
    public static DraftProblem Of(DraftFileProblem problem) =>
        new("https://tools.ietf.org/html/rfc9110#section-15.5.1", "The file cannot be drafted.", 400, problem.Message + " Nothing was stored.", problem.Code, []);

    public static DraftProblem Directory(IReadOnlyList<DraftWarning> errors) =>
        new("https://tools.ietf.org/html/rfc9110#section-15.5.1", "The directory sheet is invalid.", 400, $"{errors.Count} error(s) found; nothing was stored.", "directory-invalid", errors);
}
