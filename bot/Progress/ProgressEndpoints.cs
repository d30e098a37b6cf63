using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using ReformBot.Admin;
using ReformBot.Audit;

namespace ReformBot.Progress;

/// <summary>
/// <c>GET /api/admin/plans/{code}/progress.xlsx[?unit=&amp;at=yyyy-MM-dd]</c>,
/// <c>GET /api/admin/plans/{code}/reports/{report}/{occurrence}/draft.docx[?unit=]</c> (behind the admin key; a plan code
/// with its slash escaped or not), and <c>GET /api/files/{token}</c>, the signed download links given in chat.
/// </summary>
internal static class ProgressEndpoints
{
    public static IEndpointRouteBuilder MapProgress(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/api/admin/plans").AddEndpointFilter<AdminApiKeyFilter>();
        admin.MapGet("/{code}/progress.xlsx", Workbook);
        admin.MapGet("/{number}/{kind}/progress.xlsx", (string number, string kind, string? unit, string? at, ProgressExports exports, CancellationToken ct) =>
            Workbook(number + "/" + kind, unit, at, exports, ct));
        admin.MapGet("/{code}/reports/{report}/{occurrence}/draft.docx", Draft);
        admin.MapGet("/{number}/{kind}/reports/{report}/{occurrence}/draft.docx",
            (string number, string kind, string report, string occurrence, string? unit, ProgressExports exports, CancellationToken ct) =>
                Draft(number + "/" + kind, report, occurrence, unit, exports, ct));
        app.MapGet("/api/files/{token}", Download);
        return app;
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Workbook(
        string code, string? unit, string? at, ProgressExports exports, CancellationToken cancellationToken)
    {
        DateOnly? date = null;
        if (at is not null)
        {
            if (!DateOnly.TryParseExact(at, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return TypedResults.Problem($"'at' must be a date written yyyy-MM-dd, not '{at}'.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid date");
            }

            date = parsed;
        }

        var result = await exports.WorkbookAsync(new ExportRequest(Uri.UnescapeDataString(code), Blank(unit), date), null, AuditActors.Admin, "api", cancellationToken);
        return Answer(result);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Draft(
        string code, string report, string occurrence, string? unit, ProgressExports exports, CancellationToken cancellationToken)
    {
        var result = await exports.DraftAsync(
            new ExportRequest(Uri.UnescapeDataString(code), Blank(unit), null, report, occurrence), null, AuditActors.Admin, "api", cancellationToken);
        return Answer(result);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        string token, DownloadLinks links, ProgressDownloads downloads, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } read)
        {
            return TypedResults.Problem("The download link is invalid or has expired.", statusCode: StatusCodes.Status404NotFound, title: "Link not found");
        }

        return Answer(await downloads.BuildAsync(read, "link", cancellationToken));
    }

    private static Results<FileContentHttpResult, ProblemHttpResult> Answer(ExportResult result) => result.File is { } file
        ? TypedResults.File(file.Content, file.ContentType, file.FileName)
        : TypedResults.Problem(
            result.Detail,
            statusCode: result.IsNotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest,
            title: result.IsNotFound ? "Not found" : "Invalid export request");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
