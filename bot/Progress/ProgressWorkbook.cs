using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReformBot.Cards;
using ReformBot.Plans;
using static ReformBot.Progress.SheetWriter;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ReformBot.Progress;

/// <summary>
/// The progress workbook (.xlsx), built in memory: a summary with the chart, the tasks, the units' counts, the report
/// submissions and the extension requests. Overdue rows carry the overdue fill; each table has its header frozen and
/// a filter.
/// </summary>
internal static class ProgressWorkbook
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static byte[] Write(ProgressSnapshot snapshot, byte[] chart)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = WorkbookStyles.Create();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            var names = new DefinedNames();

            var summary = Add(workbookPart, sheets, ProgressTexts.SummarySheet, Summary(snapshot), null, 0, names);
            AddChart(summary, chart, ProgressChart.Height(snapshot.Units.Count));
            var tasks = Tasks(snapshot);
            Add(workbookPart, sheets, ProgressTexts.TasksSheet, tasks, 1, ProgressTexts.TaskHeaders.Length, names);
            Add(workbookPart, sheets, ProgressTexts.UnitsSheet, Units(snapshot), 1, ProgressTexts.UnitHeaders.Length, names);
            Add(workbookPart, sheets, ProgressTexts.ReportsSheet, Reports(snapshot), 1, ProgressTexts.ReportHeaders.Length, names);
            Add(workbookPart, sheets, ProgressTexts.ExtensionsSheet, Extensions(snapshot), 1, ProgressTexts.ExtensionHeaders.Length, names);
            if (names.HasChildren)
            {
                workbookPart.Workbook.Append(names);
            }

            workbookPart.Workbook.Save();
        }

        return stream.ToArray();
    }

    internal static WorksheetPart Add(WorkbookPart workbookPart, Sheets sheets, string name, SheetWriter writer, uint? header, int columns, DefinedNames names)
    {
        var part = workbookPart.AddNewPart<WorksheetPart>();
        part.Worksheet = writer.Build(header, columns);
        var id = (uint)sheets.ChildElements.Count + 1;
        sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = id, Name = name });
        if (header is { } h && columns > 0)
        {
            // Excel keeps a filter's range under this hidden name; LibreOffice reads the filter from it.
            var range = writer.FilterRange(h, columns).Split(':');
            names.Append(new DefinedName($"'{name}'!${Dollar(range[0])}:${Dollar(range[1])}") { Name = "_xlnm._FilterDatabase", LocalSheetId = id - 1, Hidden = true });
        }

        return part;
    }

    private static string Dollar(string reference)
    {
        var split = reference.TakeWhile(char.IsLetter).Count();
        return reference[..split] + "$" + reference[split..];
    }

    private static SheetWriter Summary(ProgressSnapshot s)
    {
        var w = new SheetWriter(34, 16, 14);
        w.Add(Text(ProgressTexts.WorkbookTitle(s.Plan.Code, s.ScopeName), WorkbookStyles.Title));
        w.Add(Text(s.Plan.Title, 0));
        w.Add(Text(ProgressTexts.AsOf(s.At), 0));
        w.Skip();
        w.Add(Text(ProgressTexts.SummaryTotal, WorkbookStyles.Header), Number(s.Counts.Total), Number(1, WorkbookStyles.Percent));
        foreach (var status in new[] { ProgressStatus.Done, ProgressStatus.InProgress, ProgressStatus.NotStarted, ProgressStatus.Overdue, ProgressStatus.Extended })
        {
            var count = s.CountOf(status);
            w.Add(Text(ProgressTexts.Status(status)), Number(count), Number(s.Counts.Total == 0 ? 0 : Math.Round((decimal)count / s.Counts.Total, 4), WorkbookStyles.Percent));
        }

        w.Skip();
        return w;
    }

    private static void AddChart(WorksheetPart sheet, byte[] png, int height)
    {
        var drawings = sheet.AddNewPart<DrawingsPart>();
        var image = drawings.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            image.FeedData(data);
        }

        const long EmuPerPixel = 9525;
        long cx = ProgressChart.Width * EmuPerPixel, cy = height * EmuPerPixel;
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.OneCellAnchor(
                new Xdr.FromMarker(new Xdr.ColumnId("0"), new Xdr.ColumnOffset("0"), new Xdr.RowId("11"), new Xdr.RowOffset("0")),
                new Xdr.Extent { Cx = cx, Cy = cy },
                new Xdr.Picture(
                    new Xdr.NonVisualPictureProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = ProgressTexts.ChartTitle },
                        new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                    new Xdr.BlipFill(new A.Blip { Embed = drawings.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
                    new Xdr.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
                new Xdr.ClientData()));
        sheet.Worksheet.Append(new Drawing { Id = sheet.GetIdOfPart(drawings) });
    }

    private static SheetWriter Tasks(ProgressSnapshot s)
    {
        var w = new SheetWriter(7, 22, 30, 9, 9, 50, 20, 24, 20, 12, 15, 9, 34, 30, 16, 20, 10);
        w.Add([.. ProgressTexts.TaskHeaders.Select(h => Text(h, WorkbookStyles.Header))]);
        foreach (var t in s.Tasks)
        {
            Cell[] cells =
            [
                Text(t.Ref), Text(t.Field), Text(t.Criterion),
                Number(t.Score?.Current, WorkbookStyles.Decimal), Number(t.Score?.Max, WorkbookStyles.Decimal),
                Text(t.Title), Text(t.Lead), Text(t.Coordinating), Text(t.DeadlineText), Date(t.LegalDueDate),
                Text(ProgressTexts.Status(t.Status)), Number(t.Progress / 100m, WorkbookStyles.Percent),
                Text(t.Evidence.Count == 0 ? null : string.Join("\n", t.Evidence)), Text(t.Obstacle),
                Moment(t.LastUpdateAt), Text(t.LastUpdateBy), Number(t.IsOverdue ? t.DaysOverdue : null),
            ];
            w.Add(t.IsOverdue ? Highlighted(cells) : cells);
        }

        return w;
    }

    private static SheetWriter Units(ProgressSnapshot s)
    {
        var w = new SheetWriter(40, 12, 12, 12, 12, 12, 12, 12, 12);
        w.Add([.. ProgressTexts.UnitHeaders.Select(h => Text(h, WorkbookStyles.Header))]);
        foreach (var u in s.Units)
        {
            var c = u.Counts;
            Cell[] cells =
            [
                Text(new string(' ', u.Depth * 4) + u.Name), Number(c.Total), Number(c.Done), Number(c.InProgress), Number(c.Blocked),
                Number(c.NotStarted), Number(c.Overdue), Number(c.Extended), Number((decimal)Math.Round(c.DoneRatio, 4), WorkbookStyles.Percent),
            ];
            w.Add(c.Overdue > 0 ? Highlighted(cells) : cells);
        }

        return w;
    }

    private static SheetWriter Reports(ProgressSnapshot s)
    {
        var w = new SheetWriter(40, 18, 12, 12, 36, 16, 24, 12);
        w.Add([.. ProgressTexts.ReportHeaders.Select(h => Text(h, WorkbookStyles.Header))]);
        foreach (var r in s.Submissions)
        {
            Cell[] cells =
            [
                Text(r.ReportTitle), Text(r.Period), Date(r.DueDate), Date(r.LegalDueDate), Text(r.UnitName),
                r.SubmittedAt is null ? Text(ProgressTexts.NotSubmitted) : Moment(r.SubmittedAt), Text(r.SubmittedBy), Number(r.WorkingDaysLate),
            ];
            w.Add(r.SubmittedAt is null && r.WorkingDaysLate is not null ? Highlighted(cells) : cells);
        }

        return w;
    }

    private static SheetWriter Extensions(ProgressSnapshot s)
    {
        var w = new SheetWriter(6, 40, 24, 28, 16, 12, 12, 34, 16, 12, 24, 16, 28);
        w.Add([.. ProgressTexts.ExtensionHeaders.Select(h => Text(h, WorkbookStyles.Header))]);
        var n = 0;
        foreach (var e in s.Extensions)
        {
            w.Add(
                Number(++n), Text($"{e.TaskRef}. {e.TaskTitle}"), Text(e.Officer), Text(e.Unit), Moment(e.RequestedAt), Date(e.DeadlineBefore),
                Date(e.RequestedDate), Text(e.Reason), Text(ProgressTexts.Extension(e.State)), Date(e.ApprovedDate), Text(e.DecidedBy),
                Moment(e.DecidedAt), Text(e.DecisionNote));
        }

        return w;
    }
}
