using Changji.Evaluation.Facts;

namespace Changji.SampleGenerator.Output;

/// <summary>The columns of 县级指标数据 (docs/input-files.md §3).</summary>
public static class CountyColumns
{
    /// <param name="percentSigns">Write rates as <c>96.5%</c> rather than <c>96.5</c> (both are accepted).</param>
    public static IReadOnlyList<Column<CountyFigure>> All(bool percentSigns) =>
    [
        new(ColumnNames.Of("year"), "year", f => f.Year),
        new(ColumnNames.Of("code"), "code", f => f.Code),
        new(ColumnNames.Of("value"), "value", f => Value(f, percentSigns)),
        new(ColumnNames.Of("note"), "note", f => f.Note),
    ];

    private static object? Value(CountyFigure figure, bool percentSigns)
    {
        if (figure.Judgement is { } judgement)
        {
            return judgement ? "是" : "否";
        }

        var number = (decimal)figure.Number!.Value;
        return percentSigns && IsPercentage(figure.Code) ? $"{number:0.##}%" : number;
    }

    private static bool IsPercentage(string code) =>
        code.EndsWith("_rate", StringComparison.Ordinal) && code != "quality_monitoring_difference_rate";
}
