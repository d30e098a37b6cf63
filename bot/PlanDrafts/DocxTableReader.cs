using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ReformBot.PlanDrafts;

/// <summary>Reads a Word document's free-standing paragraphs and its tables, spreading merged cells over the grid.</summary>
internal static class DocxTableReader
{
    public static DraftDocument Read(Stream stream)
    {
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("The document has no body.");
        var lines = new List<string>();
        var tables = new List<DraftTable>();
        foreach (var element in body.Descendants())
        {
            if (element is Paragraph paragraph && !paragraph.Ancestors<Table>().Any())
            {
                var text = ParagraphText(paragraph).Trim();
                if (text.Length > 0)
                {
                    lines.Add(text);
                }
            }
            else if (element is Table table && !table.Ancestors<Table>().Any())
            {
                tables.Add(ReadTable(table, $"table {tables.Count + 1}"));
            }
        }

        return new DraftDocument(lines, tables);
    }

    private static DraftTable ReadTable(Table table, string name)
    {
        var rows = new List<DraftRow>();
        var above = new Dictionary<int, string>();
        var number = 0;
        foreach (var row in table.Elements<TableRow>())
        {
            number++;
            var cells = new List<DraftCell>();
            foreach (var cell in row.Elements<TableCell>())
            {
                var properties = cell.TableCellProperties;
                var span = Math.Max(1, properties?.GridSpan?.Val?.Value ?? 1);
                var merge = properties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                var column = cells.Count;
                var address = string.Create(CultureInfo.InvariantCulture, $"row {number}, column {column + 1}");
                var text = continues ? above.GetValueOrDefault(column, string.Empty) : CellText(cell);
                cells.Add(new DraftCell(text, address, MergedFrom: continues));
                above[column] = text;
                for (var extra = 1; extra < span; extra++)
                {
                    var spannedAddress = string.Create(CultureInfo.InvariantCulture, $"row {number}, column {column + extra + 1}");
                    cells.Add(new DraftCell(string.Empty, spannedAddress, Spanned: true));
                    above[column + extra] = string.Empty;
                }
            }

            rows.Add(new DraftRow(number, cells));
        }

        return new DraftTable(name, rows);
    }

    private static string CellText(TableCell cell) =>
        string.Join('\n', cell.Elements<Paragraph>().Select(ParagraphText).Select(t => t.Trim()).Where(t => t.Length > 0));

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case Break:
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case TabChar:
                    text.Append(' ');
                    break;
            }
        }

        return text.ToString();
    }
}
