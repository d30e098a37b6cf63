using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformBot.Calendar;

namespace ReformBot.Progress;

/// <summary>
/// Writes one worksheet row by row: text as inline strings, numbers as numbers, dates as Excel serial dates, so that
/// Excel and LibreOffice format them in the reader's locale (a Vietnamese one shows 0,40 and 30/11/2024).
/// </summary>
internal sealed class SheetWriter
{
    private readonly SheetData data = new();
    private readonly double[] widths;
    private uint row;

    public SheetWriter(params double[] widths) => this.widths = widths;

    public uint CurrentRow => row;

    public static Cell Text(string? text, uint style = WorkbookStyles.Text) =>
        text is null ? Empty(style) : new Cell { DataType = CellValues.InlineString, StyleIndex = style, InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }) };

    public static Cell Number(decimal? value, uint style = WorkbookStyles.Integer) =>
        value is not { } v ? Empty(style) : new Cell { StyleIndex = style, CellValue = new CellValue(v.ToString(CultureInfo.InvariantCulture)) };

    public static Cell Date(DateOnly? date, uint style = WorkbookStyles.Date) =>
        date is not { } d ? Empty(style) : Serial(d.ToDateTime(TimeOnly.MinValue).ToOADate(), style);

    /// <summary>A moment shown in Vietnam time.</summary>
    public static Cell Moment(DateTimeOffset? at, uint style = WorkbookStyles.DateTime) =>
        at is not { } a ? Empty(style) : Serial(VietnamTime.ToLocal(a).DateTime.ToOADate(), style);

    public static Cell Empty(uint style = WorkbookStyles.Text) => new() { StyleIndex = style };

    /// <summary>The same cells with the overdue fill.</summary>
    public static Cell[] Highlighted(Cell[] cells)
    {
        foreach (var cell in cells)
        {
            if (cell.StyleIndex?.Value is >= WorkbookStyles.Text and <= WorkbookStyles.DateTime)
            {
                cell.StyleIndex = cell.StyleIndex.Value + WorkbookStyles.OverdueShift;
            }
        }

        return cells;
    }

    public void Add(params Cell[] cells)
    {
        row++;
        var r = new Row { RowIndex = row };
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i].CellReference = Column(i) + row.ToString(CultureInfo.InvariantCulture);
            r.Append(cells[i]);
        }

        // LibreOffice does not fit the height of imported rows to their wrapped text (the lines overlap in print), so
        // rows of wrapped text get the height their longest cell needs.
        var lines = cells.Select((c, i) => Lines(c, i < widths.Length ? widths[i] : 10)).DefaultIfEmpty(1).Max();
        if (lines > 1)
        {
            r.Height = Math.Min(409, (lines * LineHeight) + 3);
            r.CustomHeight = true;
        }

        data.Append(r);
    }

    public void Skip() => row++;

    /// <summary>Points per line of 11-point Times New Roman.</summary>
    private const double LineHeight = 15;

    /// <summary>The lines a wrapped text cell takes in a column <paramref name="width"/> characters wide (about 1.1 letters of Times New Roman per width unit).</summary>
    private static int Lines(Cell cell, double width)
    {
        if (cell.InlineString is null || cell.StyleIndex?.Value is not (WorkbookStyles.Header or WorkbookStyles.Text or WorkbookStyles.Text + WorkbookStyles.OverdueShift))
        {
            return 1;
        }

        var perLine = Math.Max(1, (int)((width - 1) * 1.1));
        return cell.InlineString.InnerText.Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
    }

    /// <summary>Writes the sheet: column widths, the header row <paramref name="headerRow"/> frozen and filtered when given.</summary>
    public Worksheet Build(uint? headerRow, int filterColumns)
    {
        // Printed (or converted to PDF) landscape on A4, as wide as one page.
        var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }));
        if (headerRow is { } header)
        {
            var pane = new Pane
            {
                VerticalSplit = header, TopLeftCell = "A" + (header + 1).ToString(CultureInfo.InvariantCulture),
                ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            };
            worksheet.Append(new SheetViews(new SheetView(pane, new Selection { Pane = PaneValues.BottomLeft }) { WorkbookViewId = 0 }));
        }

        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = widths[i], CustomWidth = true });
        }

        worksheet.Append(columns, data);
        if (headerRow is { } h && filterColumns > 0)
        {
            worksheet.Append(new AutoFilter { Reference = FilterRange(h, filterColumns) });
        }

        worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        worksheet.Append(new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    public string FilterRange(uint headerRow, int columns) =>
        $"{Column(0)}{headerRow}:{Column(columns - 1)}{Math.Max(row, headerRow)}";

    public static string Column(int index)
    {
        var name = string.Empty;
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static Cell Serial(double value, uint style) =>
        new() { StyleIndex = style, CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) };
}
