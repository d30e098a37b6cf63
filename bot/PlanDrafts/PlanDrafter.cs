using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>
/// Turns the task table(s) of a plan's appendix into a <c>reformbot.plan/v1</c> draft: one task per row, fields from
/// section rows, units resolved against the directory (unknown names become new units under the issuer, with a
/// warning), deadlines read in every form plans use. A revision (the plan code is stored) keeps the stored header,
/// units, officers and reports and takes its tasks from the table. Nothing is stored here.
/// </summary>
internal static class PlanDrafter
{
    public const string Placeholder = "(chưa có số)";

    /// <summary>The plan number the document states ("Số: 104/KH-UBND"), to look up a stored plan before drafting.</summary>
    public static string? Code(DraftDocument document) => PlanHeaderReader.Read(HeaderLines(document)).Code;

    public static PlanDraft Draft(DraftDocument document, UnitDirectory directory, DraftRequest request)
    {
        var tables = document.Tables.Select(t => (Table: t, Header: TaskTableHeader.Find(t))).Where(t => t.Header is not null).ToList();
        if (tables.Count == 0)
        {
            return new PlanDraft(null, [new PlanFileError("$", "No task table found: expected a table with a header row such as \"STT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành\".")], [], 0, 0);
        }

        var info = PlanHeaderReader.Read(HeaderLines(document));
        var stored = request.StoredPlan;
        var errors = new List<PlanFileError>();
        var code = request.Code ?? info.Code ?? stored?.Plan.Code;
        if (code is null)
        {
            errors.Add(new PlanFileError("$.plan.code", "The document states no plan number (\"Số: 104/KH-UBND\"); give the code with the draft."));
        }

        var year = stored?.Plan.Year ?? info.Year ?? request.FallbackYear;
        var issuer = stored?.Plan.Issuer ?? FindIssuer(info.IssuerLine, directory);
        var rows = new TaskRows(directory, issuer, year);
        foreach (var (table, tableHeader) in tables)
        {
            rows.Read(table, tableHeader!);
        }

        issuer ??= CommonParent(rows.Tasks.SelectMany(t => t.Lead.Concat(t.Coordinating)), directory) ?? (rows.Tasks.Count > 0 && rows.Tasks[0].Lead.Count > 0 ? rows.Tasks[0].Lead[0] : null);
        var units = stored is not null ? [.. stored.Units, .. rows.NewUnits] : UnitsOf(rows, issuer, directory);
        var unitCodes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        var officers = stored is not null
            ? [.. stored.Officers, .. directory.Officers.Where(o => rows.NewUnits.Any(u => u.Code == o.Unit) && stored.Officers.All(s => s.Id != o.Id))]
            : directory.Officers.Where(o => unitCodes.Contains(o.Unit)).ToList();
        var coordinator = stored?.Plan.Coordinator
            ?? officers.FirstOrDefault(o => o.Roles.Contains(OfficerRole.Coordinator))?.Unit
            ?? units.FirstOrDefault(u => TextFolding.Fold(u.Name) is var f && (f.StartsWith("phong noi vu", StringComparison.Ordinal) || f.StartsWith("so noi vu", StringComparison.Ordinal)))?.Code
            ?? issuer;
        var header = new PlanHeader(
            code ?? Placeholder,
            info.Title ?? stored?.Plan.Title ?? $"Kế hoạch {code}",
            issuer ?? string.Empty,
            info.IssuedOn ?? stored?.Plan.IssuedOn,
            year,
            stored?.Plan.Indices ?? [.. rows.Tasks.Select(t => t.Index).OfType<ReformIndex>().Distinct().Order()],
            coordinator ?? string.Empty,
            stored?.Plan.Targets ?? []);
        var file = new PlanFile(header, units, officers, rows.Tasks, stored?.Reports ?? []);

        var check = PlanFileReader.Read(PlanFileWriter.Write(file));
        errors.AddRange(check.Errors);
        var warnings = rows.Warnings.Concat(check.Warnings.Select(w => new DraftWarning("plan-rule", string.Empty, 0, w.Path, string.Empty, w.Message, []))).ToList();
        return new PlanDraft(check.Plan ?? file, errors, warnings, rows.Cells, rows.WarnedCells);
    }

    /// <summary>The document's own lines, then the rows above each task table (an Excel sheet's title rows).</summary>
    private static List<string> HeaderLines(DraftDocument document)
    {
        var lines = new List<string>(document.Lines);
        foreach (var table in document.Tables)
        {
            if (TaskTableHeader.Find(table) is { } header)
            {
                lines.AddRange(table.Rows.Take(header.HeaderRowIndex)
                    .Select(r => string.Join(' ', r.Cells.Where(c => !c.Spanned && !c.MergedFrom && c.Text.Length > 0).Select(c => c.Text)))
                    .Where(l => l.Length > 0));
            }
        }

        return lines;
    }

    private static string? FindIssuer(string? line, UnitDirectory directory)
    {
        if (line is null)
        {
            return null;
        }

        var names = directory.Resolve(line.Split('\n')[0], null).Codes;
        return names.FirstOrDefault(c => directory.ByCode(c)?.Parent is null) ?? (names.Count > 0 ? names[0] : null);
    }

    private static string? CommonParent(IEnumerable<string> codes, UnitDirectory directory) =>
        codes.Select(c => directory.ByCode(c)?.Parent).OfType<string>().GroupBy(p => p, StringComparer.Ordinal).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;

    /// <summary>A new plan's units: those its tasks name, the issuer and coordinator, and every unit above them.</summary>
    private static List<UnitEntry> UnitsOf(TaskRows rows, string? issuer, UnitDirectory directory)
    {
        var wanted = new HashSet<string>(rows.Tasks.SelectMany(t => t.Lead.Concat(t.Coordinating)), StringComparer.Ordinal);
        if (issuer is not null)
        {
            wanted.Add(issuer);
        }

        foreach (var officer in directory.Officers.Where(o => o.Roles.Contains(OfficerRole.Coordinator)))
        {
            if (issuer is not null && UnitTree.Of(directory.Units).IsWithin(officer.Unit, issuer))
            {
                wanted.Add(officer.Unit);
            }
        }

        foreach (var code in wanted.ToList())
        {
            for (var parent = directory.ByCode(code)?.Parent; parent is not null && wanted.Add(parent); parent = directory.ByCode(parent)?.Parent)
            {
            }
        }

        var known = directory.Units.Where(u => wanted.Contains(u.Code)).ToList();
        return [.. known, .. rows.NewUnits.Where(n => known.All(k => k.Code != n.Code))];
    }
}
