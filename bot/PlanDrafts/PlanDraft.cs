using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// A plan drafted from a document: the plan file (null when the document holds no task table), whether it passes the
/// plan file rules (<see cref="Errors"/> says why not), the warnings for the coordinator, each at its table cell,
/// and how many task cells were read and how many of them carry a warning.
/// </summary>
internal sealed record PlanDraft(
    PlanFile? File,
    IReadOnlyList<PlanFileError> Errors,
    IReadOnlyList<DraftWarning> Warnings,
    int Cells,
    int CellsWithWarnings)
{
    public bool IsValid => File is not null && Errors.Count == 0;
}

/// <summary>
/// Something to check in a draft. <see cref="Code"/>: unit-not-found, deadline-not-understood, assignee-unknown,
/// duplicate-ref, no-lead, score-not-understood, header-missing. <see cref="Table"/> and <see cref="Cell"/> point at
/// the place ("table 1", "row 7, column 5"; "sheet 'Phụ lục'", "E7"); <see cref="Suggestions"/> the closest known names;
/// <see cref="CellText"/> what the cell holds (empty when the warning is about no one cell).
/// </summary>
internal sealed record DraftWarning(
    string Code, string Table, int Row, string Cell, string Column, string Message, IReadOnlyList<string> Suggestions, string CellText = "");

/// <summary>What the drafter is told besides the document: a plan code to use, and the stored plan of that code if any.</summary>
internal sealed record DraftRequest(string? Code, PlanFile? StoredPlan, int FallbackYear);

/// <summary>Why a file cannot be drafted at all (not a Word or Excel file, encrypted, too big inside, no task table).</summary>
internal sealed record DraftFileProblem(string Code, string Message);
