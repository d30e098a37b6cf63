using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.Progress;

/// <summary>
/// A one-sheet workbook of a table in the progress workbook's styles (Times New Roman, a title, the header row frozen
/// and filtered, columns sized): for lists a coordinator would rather sort and filter than read in chat, such as the
/// warnings of a plan draft. Whole numbers are written as numbers, everything else as text.
/// </summary>
internal static class TableWorkbook
{
    public static byte[] Write(string sheetName, string title, IReadOnlyList<(string Header, double Width)> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        var writer = new SheetWriter([.. columns.Select(c => c.Width)]);
        writer.Add(SheetWriter.Text(title, WorkbookStyles.Title));
        writer.Add([.. columns.Select(c => SheetWriter.Text(c.Header, WorkbookStyles.Header))]);
        foreach (var row in rows)
        {
            writer.Add([.. row.Select(v => v is int n ? SheetWriter.Number(n) : SheetWriter.Text(v?.ToString()))]);
        }

        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new DefinedNames();
            ProgressWorkbook.Add(workbookPart, sheets, sheetName, writer, 2, columns.Count, names);
            workbookPart.Workbook.Append(names);
            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }
}
