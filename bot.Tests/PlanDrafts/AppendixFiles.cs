using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using ReformBot.Plans;
using ReformBot.Tests.Infrastructure;
using X = DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.Tests.PlanDrafts;

/// <summary>
/// Writes a fixture plan as coordinators' documents do, with the Open XML SDK: a Word appendix or an Excel sheet in a
/// given header variant (column order, wording, section rows, merged cells, unit names as written in prose), and a
/// directory sheet of its units and officers.
/// </summary>
public static class AppendixFiles
{
    public enum Col { Ref, Criterion, Title, Lead, Coordinating, Deadline, ScoreCurrent, ScoreMax, ScorePair, Evidence, Note }

    public sealed record Variant(string Name, bool Excel, (string Header, Col Col)[] Columns, bool SpanSections, bool MergeRepeatedLead, bool LongNames, string Joiner);

    public static readonly Variant Par = new("word-par", false,
        [("STT", Col.Ref), ("Nội dung", Col.Criterion), ("Mục tiêu/Giải pháp cải thiện", Col.Title), ("Cơ quan tham mưu", Col.Lead), ("Phối hợp thực hiện", Col.Coordinating), ("Thời gian hoàn thành", Col.Deadline)],
        SpanSections: false, MergeRepeatedLead: false, LongNames: false, Joiner: ", ");

    public static readonly Variant Index = new("word-index", false,
        [("TT", Col.Ref), ("Lĩnh vực/Tiêu chí", Col.Criterion), ("Điểm đạt được", Col.ScoreCurrent), ("Điểm tối đa", Col.ScoreMax), ("Nhiệm vụ, giải pháp", Col.Title), ("Cơ quan chủ trì", Col.Lead), ("Cơ quan phối hợp", Col.Coordinating), ("Thời hạn", Col.Deadline), ("Sản phẩm", Col.Evidence)],
        SpanSections: true, MergeRepeatedLead: true, LongNames: true, Joiner: ";\n");

    public static readonly Variant Sheet = new("excel-shuffled", true,
        [("Số TT", Col.Ref), ("Cơ quan, đơn vị chủ trì", Col.Lead), ("Nhiệm vụ", Col.Title), ("Thời gian thực hiện", Col.Deadline), ("Đơn vị phối hợp", Col.Coordinating), ("Điểm", Col.ScorePair), ("Tiêu chí", Col.Criterion), ("Ghi chú", Col.Note)],
        SpanSections: true, MergeRepeatedLead: true, LongNames: false, Joiner: "\n");

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var plan in Fixtures.PlanFileNames)
        {
            foreach (var variant in new[] { Par, Index, Sheet })
            {
                data.Add(plan, variant.Name);
            }
        }

        return data;
    }

    public static Variant Named(string name) => new[] { Par, Index, Sheet }.Single(v => v.Name == name);

    public static PlanFile Plan(string fixture) => PlanFileReader.Read(Fixtures.PlanBytes(fixture)).Plan!;

    /// <summary>The rows of the table: section rows (one per run of tasks with the same field) and task rows.</summary>
    private static List<(bool Section, string[] Cells)> Rows(PlanFile plan, Variant variant)
    {
        var rows = new List<(bool, string[])>();
        var names = plan.Units.ToDictionary(u => u.Code, u => Written(u.Name, variant), StringComparer.Ordinal);
        var communes = plan.Units.Where(u => u.Parent == plan.Plan.Issuer && (u.Name.StartsWith("UBND xã", StringComparison.Ordinal) || u.Name.StartsWith("UBND thị trấn", StringComparison.Ordinal))).Select(u => u.Code).ToList();
        foreach (var group in plan.Tasks.GroupAdjacent(t => t.Field))
        {
            var prefixes = group.Select(t => t.Ref.Contains('.', StringComparison.Ordinal) ? t.Ref[..t.Ref.LastIndexOf('.')] : null).Distinct().ToList();
            var section = prefixes is [{ } p] ? p : null;
            var sectionCells = variant.Columns.Select(c => c.Col switch
            {
                Col.Ref when section is not null && !variant.SpanSections => section,
                Col.Ref when variant.SpanSections => section is null ? group.Key ?? string.Empty : $"{section}. {group.Key}",
                Col.Criterion or Col.Title when !variant.SpanSections && c == variant.Columns.First(x => x.Col is Col.Criterion or Col.Title) => group.Key ?? string.Empty,
                _ => string.Empty,
            }).ToArray();
            rows.Add((true, sectionCells));
            foreach (var t in group)
            {
                var shortRef = section is not null && t.Ref[(section.Length + 1)..] is var rest && rest.All(char.IsLetter) ? rest + ")" : t.Ref;
                string Units(IReadOnlyList<string> codes)
                {
                    var parts = new List<string>();
                    var grouped = communes.Count >= 2 && communes.All(codes.Contains);
                    foreach (var code in codes)
                    {
                        if (grouped && communes.Contains(code))
                        {
                            if (code == communes.First(codes.Contains))
                            {
                                parts.Add(variant.LongNames ? "Ủy ban nhân dân các xã, thị trấn" : "UBND các xã, thị trấn");
                            }

                            continue;
                        }

                        parts.Add(names[code]);
                    }

                    return string.Join(variant.Joiner, parts);
                }

                var deadline = t.DeadlineText ?? string.Empty;
                if (t.Deadline.CheckIn == CheckInCadence.Weekly)
                {
                    deadline += " (hằng tuần)";
                }

                rows.Add((false, [.. variant.Columns.Select(c => c.Col switch
                {
                    Col.Ref => shortRef,
                    Col.Criterion => t.Criterion ?? string.Empty,
                    Col.Title => t.Title,
                    Col.Lead => Units(t.Lead),
                    Col.Coordinating => Units(t.Coordinating),
                    Col.Deadline => deadline,
                    Col.ScoreCurrent => t.Score is { } s ? Decimal(s.Current) : string.Empty,
                    Col.ScoreMax => t.Score is { } m ? Decimal(m.Max) : string.Empty,
                    Col.ScorePair => t.Score is { } pair ? $"{Decimal(pair.Current)}/{Decimal(pair.Max)}" : string.Empty,
                    Col.Evidence => t.EvidenceRequired ? "Báo cáo, tài liệu kiểm chứng" : string.Empty,
                    _ => string.Empty,
                })]));
            }
        }

        return rows;
    }

    /// <summary>A unit's name as a document writes it: "HĐND - UBND", "Ủy ban nhân dân", other case.</summary>
    private static string Written(string name, Variant variant)
    {
        var n = name.Replace("HĐND và UBND", "HĐND - UBND", StringComparison.Ordinal).Replace("Văn hóa", "Văn hoá", StringComparison.Ordinal);
        return variant.LongNames ? n.Replace("UBND", "Ủy ban nhân dân", StringComparison.Ordinal) : n;
    }

    private static string Decimal(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture).Replace('.', ',');

    private static string IssuerLine(PlanFile plan) =>
        plan.Units.Single(u => u.Code == plan.Plan.Issuer).Name.ToUpper(CultureInfo.GetCultureInfo("vi-VN"));

    public static byte[] Build(PlanFile plan, Variant variant) => variant.Excel ? Xlsx(plan, variant) : Docx(plan, variant);

    private static byte[] Docx(PlanFile plan, Variant variant)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            foreach (var line in new[] { IssuerLine(plan), $"Số: {plan.Plan.Code}", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "KẾ HOẠCH", plan.Plan.Title, "PHỤ LỤC", "Danh mục nhiệm vụ" })
            {
                body.Append(Paragraph(line));
            }

            var table = new Table(new TableProperties(new TableBorders(new InsideHorizontalBorder { Val = BorderValues.Single })));
            table.Append(new TableRow(variant.Columns.Select(c => Cell(c.Header))));
            var width = variant.Columns.Length;
            string? previousLead = null;
            foreach (var (section, cells) in Rows(plan, variant))
            {
                if (section && variant.SpanSections)
                {
                    var span = Cell(cells.First(c => c.Length > 0));
                    span.TableCellProperties = new TableCellProperties(new GridSpan { Val = width });
                    table.Append(new TableRow(span));
                    previousLead = null;
                    continue;
                }

                var row = new TableRow();
                for (var c = 0; c < width; c++)
                {
                    var isLead = variant.Columns[c].Col == Col.Lead && !section;
                    if (isLead && variant.MergeRepeatedLead && cells[c] == previousLead)
                    {
                        row.Append(new TableCell(new TableCellProperties(new VerticalMerge()), new Paragraph()));
                        continue;
                    }

                    var cell = Cell(cells[c]);
                    if (isLead && variant.MergeRepeatedLead)
                    {
                        cell.TableCellProperties = new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart });
                        previousLead = cells[c];
                    }

                    row.Append(cell);
                }

                table.Append(row);
            }

            body.Append(table);
            body.Append(Paragraph("Nơi nhận: như trên."));
            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    private static Paragraph Paragraph(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static TableCell Cell(string text) => new([.. text.Split('\n').Select(Paragraph)]);

    private static byte[] Xlsx(PlanFile plan, Variant variant)
    {
        var rows = new List<string[]> { Line(IssuerLine(plan)), Line($"Kế hoạch số {plan.Plan.Code}"), Line("KẾ HOẠCH"), Line(plan.Plan.Title), Array.Empty<string>(), variant.Columns.Select(c => c.Header).ToArray() };
        var merges = new List<string>();
        string? previousLead = null;
        var leadColumn = Array.FindIndex(variant.Columns, c => c.Col == Col.Lead);
        var leadStart = 0;
        foreach (var (section, cells) in Rows(plan, variant))
        {
            if (section)
            {
                rows.Add([cells.First(c => c.Length > 0)]);
                merges.Add($"A{rows.Count}:{Column(variant.Columns.Length - 1)}{rows.Count}");
                previousLead = null;
                continue;
            }

            if (variant.MergeRepeatedLead && cells[leadColumn] == previousLead)
            {
                var copy = cells.ToArray();
                copy[leadColumn] = string.Empty;
                rows.Add(copy);
                merges.RemoveAll(m => m.StartsWith($"{Column(leadColumn)}{leadStart}:", StringComparison.Ordinal));
                merges.Add($"{Column(leadColumn)}{leadStart}:{Column(leadColumn)}{rows.Count}");
                continue;
            }

            rows.Add(cells);
            previousLead = cells[leadColumn];
            leadStart = rows.Count;
        }

        return Workbook([("Kế hoạch", rows, merges)]);
    }

    /// <summary>The plan's units and officers as a coordinator's directory sheet, without codes (names only).</summary>
    public static byte[] Directory(PlanFile plan)
    {
        var names = plan.Units.ToDictionary(u => u.Code, u => u.Name, StringComparer.Ordinal);
        var rows = new List<string[]> { Line("Danh sách đầu mối"), DirectoryHeader.ToArray() };
        foreach (var unit in plan.Units)
        {
            var parent = unit.Parent is null ? string.Empty : names[unit.Parent];
            var members = plan.Officers.Where(o => o.Unit == unit.Code).ToList();
            if (members.Count == 0)
            {
                rows.Add([unit.Name, parent]);
            }

            rows.AddRange(members.Select(o => new[]
            {
                unit.Name, parent, o.Name, string.Empty, string.Join(", ", o.Roles.Select(r => r switch { OfficerRole.UnitHead => "trưởng đơn vị", OfficerRole.Coordinator => "đầu mối", _ => "cán bộ" })),
                o.Phone ?? string.Empty, o.Email ?? string.Empty,
            }));
        }

        return Workbook([("Đầu mối", rows, [])]);
    }

    public static byte[] Workbook(IReadOnlyList<(string Name, List<string[]> Rows, List<string> Merges)> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new X.Workbook();
            var list = workbook.Workbook.AppendChild(new X.Sheets());
            var strings = new List<string>();
            uint id = 1;
            foreach (var (name, rows, merges) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new X.SheetData();
                for (var r = 0; r < rows.Count; r++)
                {
                    var row = new X.Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        if (rows[r][c].Length == 0)
                        {
                            continue;
                        }

                        // Shared strings, as Excel itself writes text.
                        var index = strings.IndexOf(rows[r][c]);
                        if (index < 0)
                        {
                            strings.Add(rows[r][c]);
                            index = strings.Count - 1;
                        }

                        row.Append(new X.Cell { CellReference = $"{Column(c)}{r + 1}", DataType = X.CellValues.SharedString, CellValue = new X.CellValue(index.ToString(CultureInfo.InvariantCulture)) });
                    }

                    data.Append(row);
                }

                var worksheet = new X.Worksheet(data);
                if (merges.Count > 0)
                {
                    worksheet.Append(new X.MergeCells(merges.Select(m => new X.MergeCell { Reference = m })));
                }

                part.Worksheet = worksheet;
                list.Append(new X.Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }

            var shared = workbook.AddNewPart<SharedStringTablePart>();
            shared.SharedStringTable = new X.SharedStringTable(strings.Select(s => new X.SharedStringItem(new X.Text(s) { Space = SpaceProcessingModeValues.Preserve })));
        }

        return buffer.ToArray();
    }

    private static readonly string[] DirectoryHeader = ["Đơn vị", "Đơn vị cấp trên", "Họ và tên", "Chức vụ", "Vai trò", "Điện thoại", "E-mail"];

    private static string[] Line(string text) => [text];

    private static string Column(int c) => ((char)('A' + c)).ToString();

    private static List<Grouping<TKey, T>> GroupAdjacent<T, TKey>(this IEnumerable<T> items, Func<T, TKey> key)
    {
        var groups = new List<Grouping<TKey, T>>();
        foreach (var item in items)
        {
            var k = key(item);
            if (groups.Count == 0 || !EqualityComparer<TKey>.Default.Equals(groups[^1].Key, k))
            {
                groups.Add(new Grouping<TKey, T>(k));
            }

            groups[^1].Items.Add(item);
        }

        return groups;
    }

    private sealed class Grouping<TKey, T>(TKey key) : IGrouping<TKey, T>
    {
        public List<T> Items { get; } = [];

        public TKey Key => key;

        public IEnumerator<T> GetEnumerator() => Items.GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
