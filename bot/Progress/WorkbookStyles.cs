using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReformBot.Progress;

/// <summary>
/// The workbook's cell formats: one stylesheet, indexes named here. Every body format exists twice, plain and with the
/// overdue fill, so that an overdue row is highlighted whatever its cells hold.
/// </summary>
internal static class WorkbookStyles
{
    public const uint Title = 1;
    public const uint Header = 2;

    /// <summary>The body formats; add <see cref="OverdueShift"/> for the highlighted variant.</summary>
    public const uint Text = 3;
    public const uint Integer = 4;
    public const uint Decimal = 5;
    public const uint Date = 6;
    public const uint Percent = 7;
    public const uint DateTime = 8;
    public const uint OverdueShift = 6;

    /// <summary>The fill of overdue rows (light red), as an ARGB hex string.</summary>
    public const string OverdueFill = "FFFFC7CE";

    private const uint DateFormat = 164;
    private const uint PercentFormat = 165;
    private const uint DateTimeFormat = 166;

    public static Stylesheet Create()
    {
        var body = new (uint NumberFormat, bool Wrap)[] { (0, true), (1, false), (2, false), (DateFormat, false), (PercentFormat, false), (DateTimeFormat, false) };
        var formats = new CellFormats(
            new CellFormat { FontId = 0, ApplyFont = true },
            new CellFormat { FontId = 2, ApplyFont = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            { FontId = 1, FillId = 2, BorderId = 1, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true });
        foreach (var fill in new uint[] { 0, 3 })
        {
            foreach (var (numberFormat, wrap) in body)
            {
                formats.Append(new CellFormat(new Alignment { WrapText = wrap, Vertical = VerticalAlignmentValues.Top })
                {
                    NumberFormatId = numberFormat, FontId = 0, FillId = fill, BorderId = 1,
                    ApplyNumberFormat = numberFormat != 0, ApplyFont = true, ApplyFill = fill != 0, ApplyBorder = true, ApplyAlignment = true,
                });
            }
        }

        return new Stylesheet(
            new NumberingFormats(
                new NumberingFormat { NumberFormatId = DateFormat, FormatCode = "dd/mm/yyyy" },
                new NumberingFormat { NumberFormatId = PercentFormat, FormatCode = "0%" },
                new NumberingFormat { NumberFormatId = DateTimeFormat, FormatCode = "dd/mm/yyyy hh:mm" }),
            new Fonts(
                Font(false, 11),
                Font(true, 11),
                Font(true, 14)),
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9E1F2"),
                Solid(OverdueFill)),
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder())),
            // The "Normal" cell style in Times New Roman too: LibreOffice takes the font of a format that does not apply
            // its own from the cell style (its default is a sans-serif), and prints page headers in it.
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    private static Font Font(bool bold, double size)
    {
        var font = new Font();
        if (bold)
        {
            font.Append(new Bold());
        }

        font.Append(new FontSize { Val = size }, new FontName { Val = "Times New Roman" });
        return font;
    }

    private static Fill Solid(string argb) =>
        new(new PatternFill(new ForegroundColor { Rgb = HexBinaryValue.FromString(argb) }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

    private static T Thin<T>(T border)
        where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Auto = true });
        return border;
    }
}
