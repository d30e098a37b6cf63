using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Drafts plans from uploaded appendices and imports directory sheets; the one code path behind the admin API, the
/// command line and the chat upload. Drafting stores nothing.
/// </summary>
internal sealed class PlanDraftService(IPlanDraftSources sources, TimeProvider time)
{
    public async Task<PlanDraftOutcome> DraftAsync(ReadOnlyMemory<byte> file, ReadOnlyMemory<byte>? directorySheet, string? code, CancellationToken cancellationToken)
    {
        var (document, problem) = DraftReader.Read(file);
        if (document is null)
        {
            return new PlanDraftOutcome(null, problem, []);
        }

        code = string.IsNullOrWhiteSpace(code) ? PlanDrafter.Code(document) : code.Trim();
        var stored = code is null ? null : await sources.FindPlanAsync(code, cancellationToken);
        var directory = new UnitDirectory();
        if (stored is not null)
        {
            directory.Add(stored.Units, stored.Officers);
        }

        var others = await sources.AllPlansAsync(cancellationToken);
        var imported = await sources.DirectoryAsync(cancellationToken);
        if (directorySheet is { } sheetBytes)
        {
            var (sheetDocument, sheetProblem) = DraftReader.Read(sheetBytes);
            if (sheetDocument is null)
            {
                return new PlanDraftOutcome(null, sheetProblem! with { Message = "Directory sheet: " + sheetProblem.Message }, []);
            }

            var known = Known(others, imported);
            var sheet = DirectorySheetReader.Read(sheetDocument, known);
            if (sheet.Errors.Count > 0)
            {
                return new PlanDraftOutcome(null, null, sheet.Errors);
            }

            directory.Add(sheet.Units, sheet.Officers);
        }

        if (imported is not null)
        {
            directory.Add(imported.Units, imported.Officers);
        }

        foreach (var plan in others)
        {
            directory.Add(plan.Units, plan.Officers);
        }

        var draft = PlanDrafter.Draft(document, directory, new DraftRequest(code, stored, VietnamYear()));
        if (draft.File is null)
        {
            return new PlanDraftOutcome(null, new DraftFileProblem("no-task-table", draft.Errors[0].Message), []);
        }

        return new PlanDraftOutcome(draft, null, []);
    }

    /// <summary>Reads a directory sheet and, when it has no error at all, stores it as the directory.</summary>
    public async Task<DirectoryImportOutcome> ImportDirectoryAsync(ReadOnlyMemory<byte> file, string source, CancellationToken cancellationToken)
    {
        var (document, problem) = DraftReader.Read(file);
        if (document is null)
        {
            return new DirectoryImportOutcome(problem, [], 0, 0);
        }

        var sheet = DirectorySheetReader.Read(document, Known(await sources.AllPlansAsync(cancellationToken), null));
        if (sheet.Errors.Count > 0)
        {
            return new DirectoryImportOutcome(null, sheet.Errors, 0, 0);
        }

        await sources.SaveDirectoryAsync(new DirectoryContent(sheet.Units, sheet.Officers), source, cancellationToken);
        return new DirectoryImportOutcome(null, [], sheet.Units.Count, sheet.Officers.Count);
    }

    private static UnitDirectory Known(IReadOnlyList<PlanFile> plans, DirectoryContent? imported)
    {
        var known = new UnitDirectory();
        if (imported is not null)
        {
            known.Add(imported.Units, imported.Officers);
        }

        foreach (var plan in plans)
        {
            known.Add(plan.Units, plan.Officers);
        }

        return known;
    }

    private int VietnamYear() => time.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year;
}

/// <summary>A draft, or why the file could not be drafted (<see cref="Problem"/>) or its directory sheet is invalid.</summary>
internal sealed record PlanDraftOutcome(PlanDraft? Draft, DraftFileProblem? Problem, IReadOnlyList<DraftWarning> DirectoryErrors);

/// <summary>A directory import: stored (counts) or refused, by a file problem or by row/column errors.</summary>
internal sealed record DirectoryImportOutcome(DraftFileProblem? Problem, IReadOnlyList<DraftWarning> Errors, int Units, int Officers)
{
    public bool Stored => Problem is null && Errors.Count == 0;
}
