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
        plot.Title(ZhCn.Format("report.self_evaluation.chart.variation.title", ("level", levelZh)));
        plot.YLabel(ZhCn.Text("report.self_evaluation.variation.column.cv"));
        // Printed at the text width (15.6 cm), the default 12 px labels come out at about 6 pt: double them.
        plot.Axes.Title.Label.FontSize = 26;
        plot.Axes.Left.Label.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        plot.Axes.Left.TickLabelStyle.FontSize = 20;
        return plot.GetImageBytes(Width, Height, ImageFormat.Png);
    }
}
