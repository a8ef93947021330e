using System.Globalization;
using Changji.Evaluation.Results;
using Changji.Text;
using ScottPlot;

namespace Changji.Pipeline.Reports;

/// <summary>
/// The charts of the 自评报告, drawn with ScottPlot (SkiaSharp) as PNG in Noto Sans CJK SC (fonts-noto-cjk)
/// so Chinese labels render; the same data give the same bytes on the same fonts.
/// </summary>
public static class ReportCharts
{
    public const string CjkFont = "Noto Sans CJK SC";
    private const int Width = 900;
    private const int Height = 420;

    /// <summary>A level's CV per indicator as bars (red when over the limit) against the limit as a dashed line (the caption says so: a legend box clipped its own text at print size).</summary>
    public static byte[] Variation(IReadOnlyList<VariationResult> rows, string levelZh)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        plot.Font.Set(CjkFont);
        var positions = new List<double>();
        for (var i = 0; i < rows.Count; i++)
        {
            var v = rows[i];
            var bar = plot.Add.Bar(i, v.Cv ?? 0);
            bar.Color = v.Cv > v.CvLimit ? Color.FromHex("#B22222") : Color.FromHex("#4A7BB7");
            positions.Add(i);
        }

        foreach (var limit in rows.Select(r => r.CvLimit).Distinct())
        {
            var line = plot.Add.HorizontalLine(limit);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Color.FromHex("#8A1C1C");
        }

        plot.Axes.Bottom.SetTicks([.. positions], [.. rows.Select(r => r.IndicatorCode)]);
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, ZhCn.Format("report.self_evaluation.chart.variation.title", ("level", levelZh)), ZhCn.Text("report.self_evaluation.variation.column.cv"));
    }

    /// <summary>One figure per school year as a bar (the school pass rate, or the number of blocking items), labelled with its value.</summary>
    public static byte[] Trend(IReadOnlyList<(int Year, double Value)> points, string title, string yLabel, string format)
    {
        ArgumentNullException.ThrowIfNull(points);
        var plot = new Plot();
        plot.Font.Set(CjkFont);
        var bars = plot.Add.Bars(points.Select((p, i) => new Bar
        {
            Position = i,
            Value = p.Value,
            FillColor = Color.FromHex("#4A7BB7"),
            Label = p.Value.ToString(format, CultureInfo.InvariantCulture),
        }).ToList());
        bars.ValueLabelStyle.FontSize = 20;
        plot.Axes.Bottom.SetTicks([.. points.Select((_, i) => (double)i)], [.. points.Select(p => ZhCn.Format("report.self_evaluation.rectification.opened_year", ("year", p.Year)))]);
        // Room above the tallest bar for its label.
        plot.Axes.Margins(bottom: 0, top: 0.2);
        return Finish(plot, title, yLabel);
    }

    /// <summary>
    /// One school unit's L1–L7 as a percentage of the threshold (so indicators of different units share an axis):
    /// the threshold at 100 (solid line), the floor at its percentage (dashed); blue met, orange below the threshold, red below the floor.
    /// </summary>
    public static byte[] Attainment(IReadOnlyList<SchoolIndicatorResult> rows, string title)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        plot.Font.Set(CjkFont);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var percent = r.Value is { } v && r.Threshold > 0 ? v / r.Threshold * 100 : 0;
            var bar = plot.Add.Bar(i, percent);
            bar.Color = r.AboveFloor == false ? Color.FromHex("#B22222") : r.Met == false ? Color.FromHex("#E08A1E") : Color.FromHex("#4A7BB7");
        }

        var threshold = plot.Add.HorizontalLine(100);
        threshold.Color = Color.FromHex("#333333");
        foreach (var floor in rows.Where(r => r.Threshold > 0).Select(r => Math.Round(r.Floor / r.Threshold * 100, 2)).Distinct())
        {
            var line = plot.Add.HorizontalLine(floor);
            line.LinePattern = LinePattern.Dashed;
            line.Color = Color.FromHex("#8A1C1C");
        }

        plot.Axes.Bottom.SetTicks([.. rows.Select((_, i) => (double)i)], [.. rows.Select(r => r.IndicatorCode)]);
        plot.Axes.Margins(bottom: 0);
        return Finish(plot, title, ZhCn.Text("report.self_evaluation.chart.attainment.axis"));
    }

    private static byte[] Finish(Plot plot, string title, string yLabel)
    {
        plot.Title(title);
        plot.YLabel(yLabel);
        // Printed at the text width (15.6 cm), the default 12 px labels come out at about 6 pt: double them.
        plot.Axes.Title.Label.FontSize = 26;
        plot.Axes.Left.Label.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        plot.Axes.Left.TickLabelStyle.FontSize = 20;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
