using ScottPlot;

namespace ReformBot.Progress;

/// <summary>
/// Progress by unit and by status as a horizontal stacked bar chart (PNG), drawn by ScottPlot: one bar per unit, one
/// segment per report status, in the report's order.
/// </summary>
internal static class ProgressChart
{
    public const int Width = 900;

    private static readonly (ProgressStatus Status, string Color)[] Segments =
    [
        (ProgressStatus.Done, "#2E7D32"),
        (ProgressStatus.InProgress, "#1565C0"),
        (ProgressStatus.Extended, "#F9A825"),
        (ProgressStatus.NotStarted, "#9E9E9E"),
        (ProgressStatus.Overdue, "#C62828"),
    ];

    public static int Height(int units) => Math.Clamp(140 + (units * 36), 260, 1400);

    public static byte[] Render(IReadOnlyList<UnitProgress> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        using var plot = new Plot();
        plot.Font.Automatic();
        var bars = new List<Bar>();
        for (var i = 0; i < units.Count; i++)
        {
            // The first unit on top, as in the tables.
            var position = units.Count - 1 - i;
            double start = 0;
            foreach (var (status, color) in Segments)
            {
                var count = units[i].ByStatus.GetValueOrDefault(status);
                if (count > 0)
                {
                    bars.Add(new Bar { Position = position, ValueBase = start, Value = start + count, FillColor = Color.FromHex(color), LineWidth = 0 });
                    start += count;
                }
            }
        }

        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. units.Select((_, i) => (double)(units.Count - 1 - i))],
            [.. units.Select(u => new string(' ', u.Depth * 2) + u.Name)]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.Label.Text = ProgressTexts.ChartAxis;
        plot.Title(ProgressTexts.ChartTitle);
        plot.Axes.Margins(left: 0, right: 0.1, bottom: 0.02, top: 0.02);
        foreach (var (status, color) in Segments)
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = ProgressTexts.Status(status), FillColor = Color.FromHex(color) });
        }

        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
        return plot.GetImageBytes(Width, Height(units.Count), ImageFormat.Png);
    }
}
