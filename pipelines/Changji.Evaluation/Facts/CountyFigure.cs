namespace Changji.Evaluation.Facts;

/// <summary>
/// One accepted row of 县级指标数据 (kind <c>county</c>). Exactly one of <see cref="Number"/> and
/// <see cref="Judgement"/> is set: percentages arrive as numbers in percent (96.5 for 96.5 %),
/// evidence items and other 是/否 values as a judgement.
/// </summary>
public sealed record CountyFigure
{
    public required int Year { get; init; }
    /// <summary>指标代码: an evidence item code (G1…) or a figure key (teacher_avg_salary…).</summary>
    public required string Code { get; init; }
    public double? Number { get; init; }
    public bool? Judgement { get; init; }
    /// <summary>说明: evidence reference or remark.</summary>
    public string? Note { get; init; }
}
