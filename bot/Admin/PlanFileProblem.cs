using ReformBot.Plans;
using ReformBot.Storage;

namespace ReformBot.Admin;

/// <summary>A rejected plan file: every error found, each with its JSON path. Shaped like RFC 9457 problem details.</summary>
internal sealed record PlanFileProblem(
    string Type, string Title, int Status, string Detail, IReadOnlyList<PlanFileError> Errors, IReadOnlyList<PlanFileError> Warnings)
{
    public static PlanFileProblem From(PlanImportResult result) => new(
        "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        "The plan file is invalid.",
        StatusCodes.Status400BadRequest,
        $"{result.Errors.Count} error(s) found; nothing was stored.",
        result.Errors,
        result.Warnings);
}
