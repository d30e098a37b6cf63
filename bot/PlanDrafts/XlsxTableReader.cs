using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.PlanDrafts;

/// <summary>Reads every sheet of a workbook as a table (cell addresses as Excel shows them), spreading merged ranges.</summary>
internal static class XlsxTableReader
{
    private const int MaxRows = 5000;
    private const int MaxColumns = 64;

    public static DraftDocument Read(Stream stream)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The workbook has no workbook part.");
        var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var dateStyles = DateStyles(workbook);
        var tables = new List<DraftTable>();
        foreach (var sheet in workbook.Workbook.Sheets?.Elements<Sheet>() ?? [])
        {
            if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                continue;
            }

            tables.Add(ReadSheet(part.Worksheet, sheet.Name?.Value ?? $"sheet {tables.Count + 1}", strings, dateStyles));
        }

        return new DraftDocument([], tables);
    }

    private static DraftTable ReadSheet(Worksheet worksheet, string name, List<string> strings, HashSet<uint> dateStyles)
    {
        var grid = new SortedDictionary<int, Dictionary<int, string>>();
        var width = 0;
        foreach (var cell in worksheet.Descendants<Cell>())
        {
            if (cell.CellReference?.Value is not { } reference || !TryParse(reference, out var row, out var column) || row > MaxRows || column >= MaxColumns)
            {
                continue;
            }

            var text = CellText(cell, strings, dateStyles);
            if (text.Length > 0)
            {
                if (!grid.TryGetValue(row, out var cells))
                {
                    grid[row] = cells = [];
                }

                cells[column] = text;
                width = Math.Max(width, column + 1);
            }
        }

        var merged = new Dictionary<(int Row, int Column), (string Text, bool Vertical)>();
        foreach (var range in worksheet.Descendants<MergeCell>())
        {
            var parts = range.Reference?.Value?.Split(':');
            if (parts is not { Length: 2 } || !TryParse(parts[0], out var r1, out var c1) || !TryParse(parts[1], out var r2, out var c2))
            {
                continue;
            }

            var text = grid.GetValueOrDefault(r1)?.GetValueOrDefault(c1) ?? string.Empty;
            for (var r = r1; r <= Math.Min(r2, MaxRows); r++)
            {
                for (var c = c1; c <= Math.Min(c2, MaxColumns - 1); c++)
                {
                    if (r != r1 || c != c1)
                    {
                        merged[(r, c)] = (c == c1 ? text : string.Empty, c == c1);
                        if (!grid.ContainsKey(r))
                        {
                            grid[r] = [];
                        }
                    }
                }
            }
        }

        var rows = new List<DraftRow>();
        foreach (var (row, values) in grid)
        {
            var cells = new List<DraftCell>(width);
            for (var c = 0; c < width; c++)
            {
                var address = ColumnName(c) + row.ToString(CultureInfo.InvariantCulture);
                cells.Add(merged.TryGetValue((row, c), out var m)
                    ? new DraftCell(m.Text, address, MergedFrom: m.Vertical && m.Text.Length > 0, Spanned: !m.Vertical || m.Text.Length == 0)
                    : new DraftCell(values.GetValueOrDefault(c, string.Empty), address));
            }

            rows.Add(new DraftRow(row, cells));
        }

        return new DraftTable($"sheet '{name}'", rows);
    }

    private static string CellText(Cell cell, List<string> strings, HashSet<uint> dateStyles)
    {
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < strings.Count ? strings[i].Trim() : string.Empty;
        }

        if (type == CellValues.InlineString)
        {
            return (cell.InlineString?.InnerText ?? string.Empty).Trim();
        }

        if (type == CellValues.Boolean)
        {
            return raw == "1" ? "TRUE" : "FALSE";
        }

        if ((type is null || type == CellValues.Number) && cell.StyleIndex?.Value is { } style && dateStyles.Contains(style)
            && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is > 0 and < 2958466)
        {
            return DateTime.FromOADate(serial).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        }

        if ((type is null || type == CellValues.Number) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            // Scores are written with a decimal comma in the documents; keep one notation.
            return number.ToString("0.##########", CultureInfo.InvariantCulture).Replace('.', ',');
        }

        return raw.Trim();
    }

    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var result = new HashSet<uint>();
        var stylesheet = workbook.WorkbookStylesPart?.Stylesheet;
        if (stylesheet?.CellFormats is null)
        {
            return result;
        }

        var custom = stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode?.Value ?? string.Empty) ?? [];
        uint index = 0;
        foreach (var format in stylesheet.CellFormats.Elements<CellFormat>())
        {
            var id = format.NumberFormatId?.Value ?? 0;
            var isDate = id is (>= 14 and <= 17) or 22
                || (custom.TryGetValue(id, out var code) && code.Contains('d', StringComparison.OrdinalIgnoreCase) && code.Contains('y', StringComparison.OrdinalIgnoreCase));
            if (isDate)
            {
                result.Add(index);
            }

            index++;
        }

        return result;
    }

    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            name = (char)('A' + ((c - 1) % 26)) + name;
        }

        return name;
    }

    private static bool TryParse(string reference, out int row, out int column)
    {
        row = 0;
        column = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]))
        {
            column = (column * 26) + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            i++;
        }

        column--;
        return i > 0 && column < 16384 && int.TryParse(reference.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out row) && row > 0;
    }
}
