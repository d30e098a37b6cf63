using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.Tests.Progress;

/// <summary>Reads produced workbooks back with the Open XML SDK: sheets by name, cells by row and column.</summary>
internal static class OpenXmlRead
{
    public static WorksheetPart Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return (WorksheetPart)workbook.GetPartById(sheet.Id!);
    }

    public static List<List<Cell>> Rows(WorksheetPart sheet) =>
        [.. sheet.Worksheet.Descendants<Row>().Select(r => r.Elements<Cell>().ToList())];

    public static string Text(Cell cell) => cell.InlineString?.InnerText ?? cell.CellValue?.Text ?? string.Empty;

    public static double Number(Cell cell)
    {
        Assert.Null(cell.DataType);
        return double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
    }

    public static CellFormat Format(SpreadsheetDocument document, Cell cell) =>
        document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)(cell.StyleIndex?.Value ?? 0));

    public static string? FillColor(SpreadsheetDocument document, Cell cell)
    {
        var fill = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.Fills!.Elements<Fill>().ElementAt((int)(Format(document, cell).FillId?.Value ?? 0));
        return fill.PatternFill?.ForegroundColor?.Rgb?.Value;
    }

    public static string? NumberFormat(SpreadsheetDocument document, Cell cell)
    {
        var id = Format(document, cell).NumberFormatId?.Value ?? 0;
        return document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .FirstOrDefault(f => f.NumberFormatId?.Value == id)?.FormatCode?.Value;
    }

    /// <summary>The row whose first cell is <paramref name="first"/> (trimmed).</summary>
    public static List<Cell> RowStarting(WorksheetPart sheet, string first) =>
        Rows(sheet).Single(r => r.Count > 0 && Text(r[0]).Trim() == first);
}
