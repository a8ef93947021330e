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
    /// <summary>
    /// What the row is about when a code may have several rows a year: the 学校标识码 of a
    /// <see cref="ClosedSchoolCode"/> row; null for every other code.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>A school closed or merged since last year, one row per school (docs/input-files.md §3).</summary>
    public const string ClosedSchoolCode = "closed_school";

    /// <summary>
    /// The figure's identity within its year, by which stores keep and replace it: the code, or
    /// <c>code:subject</c> (<c>closed_school:6523010009</c>) so that several such rows coexist.
    /// </summary>
    public string StoreKey() => Subject is null ? Code : Code + ":" + Subject;
}
