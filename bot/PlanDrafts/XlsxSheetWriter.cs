using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.PlanDrafts;

/// <summary>Writes sheets of text cells (inline strings, lines kept) into a workbook.</summary>
internal static class XlsxSheetWriter
{
    public static byte[] Write(IReadOnlyList<(string Name, IReadOnlyList<IReadOnlyList<string>> Rows)> sheets)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetList = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                uint rowNumber = 1;
                foreach (var values in rows)
                {
                    var row = new Row { RowIndex = rowNumber };
                    for (var c = 0; c < values.Count; c++)
                    {
                        if (values[c].Length > 0)
                        {
                            row.Append(new Cell
                            {
                                CellReference = XlsxTableReader.ColumnName(c) + rowNumber,
                                DataType = CellValues.InlineString,
                                InlineString = new InlineString(new Text(values[c]) { Space = SpaceProcessingModeValues.Preserve }),
                            });
                        }
                    }

                    data.Append(row);
                    rowNumber++;
                }

                part.Worksheet = new Worksheet(data);
                sheetList.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return buffer.ToArray();
    }
}
