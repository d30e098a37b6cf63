using System.Globalization;
using ReformBot.Plans;

namespace ReformBot.PlanDrafts;

/// <summary>Reads the rows of task tables into task entries, collecting warnings and the units the directory lacks.</summary>
internal sealed class TaskRows(UnitDirectory directory, string? issuer, int year)
{
    private readonly HashSet<string> refs = new(StringComparer.Ordinal);
    private readonly HashSet<string> warnedCells = new(StringComparer.Ordinal);
    private readonly HashSet<string> takenCodes = new(directory.Units.Select(u => u.Code), StringComparer.Ordinal);

    public List<TaskEntry> Tasks { get; } = [];

    public List<UnitEntry> NewUnits { get; } = [];

    public List<DraftWarning> Warnings { get; } = [];

    public int Cells { get; private set; }

    public int WarnedCells => warnedCells.Count;

    public void Read(DraftTable table, TaskTableHeader header)
    {
        string? section = null;
        string? field = null;
        var counter = 0;
        foreach (var row in table.Rows.Skip(header.FirstDataRowIndex))
        {
            string Text(ColumnKind kind) => header.Column(kind) is { } c ? row.Text(c) : string.Empty;
            if (row.Cells.All(c => c.Text.Length == 0))
            {
                continue;
            }

            var taskCells = new[] { ColumnKind.Lead, ColumnKind.Coordinating, ColumnKind.Deadline, ColumnKind.Assignees, ColumnKind.Score, ColumnKind.ScoreCurrent, ColumnKind.ScoreMax };
            if (taskCells.All(k => Text(k).Length == 0))
            {
                var texts = row.Cells.Where(c => !c.Spanned && c.Text.Length > 0).Select(c => c.Text).Distinct(StringComparer.Ordinal).ToList();
                var refText = DraftCells.CleanRef(Text(ColumnKind.Ref));
                var titleText = Text(ColumnKind.Title).Length > 0 ? Text(ColumnKind.Title) : Text(ColumnKind.Criterion);
                var (number, name) = refText.Length > 0 && titleText.Length > 0 && texts.Count >= 2 ? (refText, DraftCells.OneLine(titleText)) : DraftCells.Section(texts[0]);
                section = number;
                field = name.Length > 0 ? name : field;
                counter = 0;
                continue;
            }

            counter++;
            ReadTask(table, header, row, Text, section, field, counter);
        }
    }

    private void ReadTask(DraftTable table, TaskTableHeader header, DraftRow row, Func<ColumnKind, string> text, string? section, string? field, int counter)
    {
        foreach (var (kind, column) in header.Columns)
        {
            if (kind != ColumnKind.Note && row.Text(column).Length > 0 && !row.Cells[column].Spanned)
            {
                Cells++;
            }
        }

        var cleanRef = DraftCells.CleanRef(text(ColumnKind.Ref));
        var taskRef = cleanRef.Length > 0 ? DraftCells.ComposeRef(cleanRef, section) : section is null ? counter.ToString(CultureInfo.InvariantCulture) : $"{section}.{counter}";
        if (!refs.Add(taskRef))
        {
            Warn(table, header, row, ColumnKind.Ref, "duplicate-ref", $"Ref \"{taskRef}\" appears more than once; this row is drafted as \"{taskRef}-{row.Number}\".");
            taskRef = $"{taskRef}-{row.Number.ToString(CultureInfo.InvariantCulture)}";
            refs.Add(taskRef);
        }

        var title = DraftCells.OneLine(text(ColumnKind.Title));
        var criterion = DraftCells.OneLine(text(ColumnKind.Criterion));
        if (title.Length == 0)
        {
            title = criterion.Length > 0 ? criterion : $"Nhiệm vụ {taskRef}";
        }

        var rowField = DraftCells.OneLine(text(ColumnKind.Field));
        var lead = Units(table, header, row, ColumnKind.Lead);
        if (lead.Count == 0)
        {
            Warn(table, header, row, ColumnKind.Lead, "no-lead", "The task names no lead unit (cơ quan chủ trì); the plan's issuer is used.");
            if (issuer is not null)
            {
                lead = [issuer];
            }
        }

        var coordinating = Units(table, header, row, ColumnKind.Coordinating).Where(c => !lead.Contains(c)).ToList();
        var deadlineText = DraftCells.OneLine(text(ColumnKind.Deadline));
        var deadline = DeadlineReader.Read(deadlineText, year);
        if (deadline is null)
        {
            Warn(table, header, row, ColumnKind.Deadline, "deadline-not-understood", $"Deadline \"{deadlineText}\" is not understood; 31/12/{year} is used. Write e.g. \"Xong trước 30/11/{year}\", \"Thường xuyên\", \"Quý III/{year}\", \"Cả năm {year}\".");
            deadline = Deadline.On(new DateOnly(year, 12, 31));
        }

        var checkInText = TextFolding.Fold(text(ColumnKind.CheckIn));
        if (deadline.Kind != DeadlineKind.Date && checkInText.Length > 0)
        {
            deadline = deadline with { CheckIn = checkInText == "mac dinh" ? null : DeadlineReader.CheckIn(checkInText) ?? deadline.CheckIn };
        }

        var evidence = DraftCells.Evidence(text(ColumnKind.Evidence))
            || TextFolding.Fold(title).Contains("tai lieu kiem chung", StringComparison.Ordinal);
        Tasks.Add(new TaskEntry(
            taskRef,
            title,
            rowField.Length > 0 ? rowField : field,
            DraftCells.Index(text(ColumnKind.Index)) ?? DraftCells.Index(rowField.Length > 0 ? rowField : field ?? string.Empty),
            title == criterion || criterion.Length == 0 ? null : criterion,
            ReadScore(table, header, row, text),
            DraftCells.OneLine(text(ColumnKind.Target)) is { Length: > 0 } target ? target : null,
            lead,
            coordinating,
            Assignees(table, header, row, text(ColumnKind.Assignees), lead),
            deadline,
            deadlineText.Length > 0 ? deadlineText : null,
            evidence));
    }

    private List<string> Units(DraftTable table, TaskTableHeader header, DraftRow row, ColumnKind kind)
    {
        if (header.Column(kind) is not { } column || row.Text(column).Length == 0)
        {
            return [];
        }

        var names = directory.Resolve(row.Text(column), issuer);
        var codes = names.Codes.ToList();
        foreach (var fragment in names.Unmatched)
        {
            var closest = directory.Closest(fragment);
            var code = UnitDirectory.NewCode(fragment, issuer, takenCodes);
            var unit = new UnitEntry(code, fragment, issuer);
            NewUnits.Add(unit);
            directory.Add([unit], []);
            codes.Add(code);
            var hint = closest.Count > 0 ? $" Closest known: {string.Join("; ", closest)}." : string.Empty;
            Warn(table, header, row, kind, "unit-not-found", $"Unit \"{fragment}\" is not in the directory; it is drafted as a new unit \"{code}\".{hint}", closest);
        }

        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    private List<string>? Assignees(DraftTable table, TaskTableHeader header, DraftRow row, string cell, IReadOnlyList<string> lead)
    {
        if (cell.Length == 0)
        {
            return null;
        }

        var ids = new List<string>();
        foreach (var name in DraftCells.Names(cell))
        {
            if (directory.FindOfficer(name, lead) is { } officer)
            {
                ids.Add(officer.Id);
            }
            else
            {
                Warn(table, header, row, ColumnKind.Assignees, "assignee-unknown", $"Officer \"{name}\" is not in the directory; the heads of the lead units are assigned instead.");
                return null;
            }
        }

        return [.. ids.Distinct(StringComparer.Ordinal)];
    }

    private Score? ReadScore(DraftTable table, TaskTableHeader header, DraftRow row, Func<ColumnKind, string> text)
    {
        if (text(ColumnKind.Score) is { Length: > 0 } pair)
        {
            var score = DraftCells.Score(pair);
            if (score is null)
            {
                Warn(table, header, row, ColumnKind.Score, "score-not-understood", $"Score \"{pair}\" is not understood; write it as \"0,40/0,50\".");
            }

            return score;
        }

        var current = text(ColumnKind.ScoreCurrent);
        var max = text(ColumnKind.ScoreMax);
        if (current.Length == 0 && max.Length == 0)
        {
            return null;
        }

        if (DraftCells.Number(current.Length == 0 ? "0" : current) is { } c && DraftCells.Number(max) is { } m && m > 0)
        {
            return new Score(c, m);
        }

        Warn(table, header, row, max.Length == 0 ? ColumnKind.ScoreMax : ColumnKind.ScoreCurrent, "score-not-understood", $"Score \"{current}\" / \"{max}\" is not understood; write numbers such as 0,40 and 0,50.");
        return null;
    }

    private void Warn(DraftTable table, TaskTableHeader header, DraftRow row, ColumnKind kind, string code, string message, IReadOnlyList<string>? suggestions = null)
    {
        var column = header.Column(kind);
        var cell = column is { } c && c < row.Cells.Count ? row.Cells[c].Address : $"row {row.Number.ToString(CultureInfo.InvariantCulture)}";
        var name = column is { } n && n < header.Names.Count ? DraftCells.OneLine(header.Names[n]) : kind.ToString();
        warnedCells.Add($"{table.Name}|{cell}");
        Warnings.Add(new DraftWarning(code, table.Name, row.Number, cell, name, message, suggestions ?? [], column is { } t ? row.Text(t) : string.Empty));
    }
}
