using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using Dw = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Pic = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ReformBot.Progress;

/// <summary>
/// Paragraphs of an administrative document (Decree 30/2020/NĐ-CP style): Times New Roman 14, justified, first-line
/// indent, A4 with margins 2 cm top and bottom, 3 cm left, 1,5 cm right. Text between "[" and "]" is a placeholder the
/// coordinator fills in and is highlighted.
/// </summary>
internal sealed class WordWriter(MainDocumentPart main)
{
    private const int Size = 28;
    private readonly Body body = main.Document.Body!;
    private uint images;

    public static void Setup(WordprocessingDocument document)
    {
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body());
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman", EastAsia = "Times New Roman" },
                    new FontSize { Val = Size.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                    new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "120", Line = "300", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Heading1", "heading 1", 1),
            Heading("Heading2", "heading 2", 2));
    }

    public void Finish() => body.Append(new SectionProperties(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1134, Bottom = 1134, Left = 1701U, Right = 850U, Header = 720U, Footer = 720U, Gutter = 0U }));

    public Paragraph Heading1(string text) => Add(Para(text, JustificationValues.Left, bold: true, style: "Heading1"));

    public Paragraph Heading2(string text) => Add(Para(text, JustificationValues.Left, bold: true, style: "Heading2"));

    public Paragraph Centered(string text, bool bold = false, bool italic = false, int size = Size) =>
        Add(Para(text, JustificationValues.Center, bold, italic, size: size));

    /// <summary>A body paragraph, justified with a 1 cm first-line indent.</summary>
    public Paragraph Text(string text) => Add(Para(text, JustificationValues.Both, indent: true));

    public Paragraph Bullet(string text) => Text("- " + text);

    public static Paragraph Para(string text, JustificationValues align, bool bold = false, bool italic = false, bool indent = false, string? style = null, int size = Size)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }

        properties.Append(new SpacingBetweenLines { Before = "0", After = style is null ? "120" : "120" });
        if (indent)
        {
            properties.Append(new Indentation { FirstLine = "567" });
        }

        properties.Append(new Justification { Val = align });
        var paragraph = new Paragraph(properties);
        foreach (var (part, placeholder) in Split(text))
        {
            var run = new RunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }

            if (italic)
            {
                run.Append(new Italic());
            }

            if (placeholder)
            {
                run.Append(new Highlight { Val = HighlightColorValues.Yellow });
            }

            if (size != Size)
            {
                run.Append(new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            }

            paragraph.Append(new Run(run, new Text(part) { Space = SpaceProcessingModeValues.Preserve }));
        }

        return paragraph;
    }

    /// <summary>A table with a bold header row and thin borders; cells in <paramref name="size"/> half-points.</summary>
    public Table Table(IReadOnlyList<string> headers, IReadOnlyList<int> widths, IEnumerable<IReadOnlyList<string>> rows, int size = 24, bool borders = true)
    {
        var table = new Table(new TableProperties(
            new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
            new TableLayout { Type = TableLayoutValues.Fixed },
            borders ? Borders() : new TableBorders()));
        var grid = new TableGrid();
        foreach (var w in widths)
        {
            grid.Append(new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        table.Append(grid);
        if (headers.Count > 0)
        {
            table.Append(Row(headers, widths, size, header: true));
        }

        foreach (var row in rows)
        {
            table.Append(Row(row, widths, size, header: false));
        }

        body.Append(table);
        body.Append(new Paragraph());
        return table;
    }

    public void Image(byte[] png, int widthPx, int heightPx, string name)
    {
        var part = main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        // 16 cm wide, height in proportion.
        const long Cx = 5760000;
        var cy = Cx * heightPx / widthPx;
        var id = ++images;
        var inline = new Dw.Inline(
            new Dw.Extent { Cx = Cx, Cy = cy },
            new Dw.EffectExtent { LeftEdge = 0, TopEdge = 0, RightEdge = 0, BottomEdge = 0 },
            new Dw.DocProperties { Id = id, Name = name },
            new Dw.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new Pic.Picture(
                    new Pic.NonVisualPictureProperties(new Pic.NonVisualDrawingProperties { Id = id, Name = name + ".png" }, new Pic.NonVisualPictureDrawingProperties()),
                    new Pic.BlipFill(new A.Blip { Embed = main.GetIdOfPart(part) }, new A.Stretch(new A.FillRectangle())),
                    new Pic.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = Cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        { DistanceFromTop = 0U, DistanceFromBottom = 0U, DistanceFromLeft = 0U, DistanceFromRight = 0U };
        body.Append(new Paragraph(new ParagraphProperties(new Justification { Val = JustificationValues.Center }), new Run(new Drawing(inline))));
    }

    public void PageBreak() => body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));

    private Paragraph Add(Paragraph paragraph)
    {
        body.Append(paragraph);
        return paragraph;
    }

    private static TableRow Row(IReadOnlyList<string> cells, IReadOnlyList<int> widths, int size, bool header)
    {
        var row = new TableRow();
        if (header)
        {
            row.Append(new TableRowProperties(new TableHeader()));
        }

        for (var i = 0; i < cells.Count; i++)
        {
            var lines = cells[i].Split('\n');
            var cell = new TableCell(new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = widths[i].ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            foreach (var line in lines)
            {
                var p = Para(line, header ? JustificationValues.Center : JustificationValues.Left, bold: header, size: size);
                p.ParagraphProperties!.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto };
                cell.Append(p);
            }

            row.Append(cell);
        }

        return row;
    }

    private static TableBorders Borders() => new(
        new TopBorder { Val = BorderValues.Single, Size = 4 },
        new LeftBorder { Val = BorderValues.Single, Size = 4 },
        new BottomBorder { Val = BorderValues.Single, Size = 4 },
        new RightBorder { Val = BorderValues.Single, Size = 4 },
        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });

    private static Style Heading(string id, string name, int level) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = level - 1 }),
        new StyleRunProperties(new Bold()))
    { Type = StyleValues.Paragraph, StyleId = id };

    /// <summary>Splits "a [x] b" into ("a ", false), ("[x]", true), (" b", false).</summary>
    private static IEnumerable<(string Text, bool Placeholder)> Split(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var open = text.IndexOf('[', start);
            var close = open < 0 ? -1 : text.IndexOf(']', open);
            if (open < 0 || close < 0)
            {
                yield return (text[start..], false);
                yield break;
            }

            if (open > start)
            {
                yield return (text[start..open], false);
            }

            yield return (text[open..(close + 1)], true);
            start = close + 1;
        }
    }
}
